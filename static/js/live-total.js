// Progressive enhancement: a form whose total depends on some of its fields (the checkout's
// province and store credit, a booking's adults and children) asks the server for the new
// total when one of them changes, and shows it in the summary and on the button. Prices are
// never worked out here: the server renders the parts (data-quote-part) and the total
// (data-total) that the form then sends back as the total the buyer agreed to. Without this
// script the page is simply rendered again by the server ("show the communes", "update").
document.querySelectorAll("form[data-quote]").forEach((form) => {
  const fields = form.dataset.quoteFields.split(" ");
  const seen = form.querySelector("input[name=total_seen]");
  const submit = form.querySelector("button[type=submit]:not([name])");
  form.querySelectorAll("[data-quote-reload]").forEach((button) => {
    button.hidden = true;
  });
  let pending = null;
  let timer;

  const query = () => {
    const params = new URLSearchParams();
    for (const name of fields) {
      const field = form.elements[name];
      if (!field || (field.type === "checkbox" && !field.checked)) continue;
      params.set(name, field.value);
    }
    const url = new URL(form.dataset.quote, window.location.href);
    params.forEach((value, name) => url.searchParams.set(name, value));
    return url;
  };

  // Until the new total is shown, the old one must not be confirmed by a quick tap.
  const hold = () => {
    if (submit) submit.disabled = true;
  };

  const refresh = async () => {
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    hold();
    try {
      const response = await fetch(query(), { signal: controller.signal });
      if (!response.ok) return;
      const fragment = new DOMParser().parseFromString(await response.text(), "text/html");
      fragment.querySelectorAll("[data-quote-part]").forEach((part) => {
        const name = part.dataset.quotePart;
        document.querySelectorAll(`[data-quote-part="${name}"]`).forEach((old) => {
          old.replaceWith(document.importNode(part, true));
        });
      });
      const total = fragment.querySelector("[data-total]");
      if (seen && total) seen.value = total.dataset.total;
    } catch (error) {
      if (error.name !== "AbortError") throw error;
    } finally {
      if (pending === controller) {
        pending = null;
        if (submit) submit.disabled = false;
      }
    }
  };

  form.addEventListener("change", (event) => {
    if (!fields.includes(event.target.name)) return;
    clearTimeout(timer);
    refresh();
  });
  // Typing a number of people: one request after a short pause, not one per key.
  form.addEventListener("input", (event) => {
    if (!fields.includes(event.target.name) || event.target.type !== "number") return;
    hold();
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  });
  // A form the browser filled in again (back button, restored tab) may differ from the
  // total the server rendered: ask for the total of what the fields now say.
  const changed = fields.some((name) => {
    const field = form.elements[name];
    if (!field || !("defaultValue" in field)) return false;
    return field.type === "checkbox" ? field.checked !== field.defaultChecked : field.value !== field.defaultValue;
  });
  if (changed) refresh();
});
