// Progressive enhancement: when the province changes, load its communes and wards.
// Without JavaScript the "Show communes" button reloads the form with the new list.
document.querySelectorAll("[data-ward-select]").forEach((form) => {
  const province = form.querySelector("select[name=province]");
  const ward = form.querySelector("select[name=ward]");
  const reload = form.querySelector("[data-ward-reload]");
  if (!province || !ward) return;
  if (reload) reload.hidden = true;
  province.addEventListener("change", async () => {
    const response = await fetch(`/places/provinces/${province.value}/wards`);
    if (!response.ok) return;
    const first = ward.options[0];
    ward.replaceChildren(first);
    for (const [code, name] of await response.json()) {
      ward.add(new Option(name, code));
    }
  });
});
