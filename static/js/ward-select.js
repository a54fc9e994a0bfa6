// Progressive enhancement of the two address selects.
// - When the province changes, load its communes and wards. Without JavaScript the "Show the
//   communes of this province" button reloads the form with the new list.
// - A big province has over a hundred communes and wards (Hà Nội has 126): typing a few letters,
//   with or without accents, narrows the ward select to the places whose name contains them.
const fold = (text) =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();

document.querySelectorAll("[data-ward-select]").forEach((form) => {
  const province = form.querySelector("select[name=province]");
  const ward = form.querySelector("select[name=ward]");
  const reload = form.querySelector("[data-ward-reload]");
  const filterBox = form.querySelector("[data-ward-filter]");
  const filter = filterBox && filterBox.querySelector("input");
  if (!province || !ward) return;
  if (reload) reload.hidden = true;

  const placeholder = ward.options[0];
  let places = [];
  const remember = () => {
    places = [...ward.options].slice(1).map((o) => [o.value, o.text, fold(o.text)]);
  };

  const show = () => {
    const wanted = filter ? fold(filter.value.trim()) : "";
    const chosen = ward.value;
    const matching = places.filter(([, , folded]) => folded.includes(wanted));
    ward.replaceChildren(placeholder, ...matching.map(([code, name]) => new Option(name, code)));
    if (matching.length === 1) ward.value = matching[0][0];
    else ward.value = matching.some(([code]) => code === chosen) ? chosen : "";
  };

  remember();
  if (filter) {
    filterBox.hidden = false;
    filter.addEventListener("input", show);
    // Enter in the filter picks the place, it does not send the form.
    filter.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        ward.focus();
      }
    });
  }

  province.addEventListener("change", async () => {
    const response = await fetch(`/places/provinces/${province.value}/wards`);
    if (!response.ok) return;
    places = (await response.json()).map(([code, name]) => [String(code), name, fold(name)]);
    if (filter) filter.value = "";
    ward.value = "";
    show();
  });
});
