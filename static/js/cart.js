// Small enhancements; every cart action works without this file.
// Product page: the bottom bar shows the chosen package's price, the quantity box its stock.
// Cart page: a changed quantity saves the cart after a short pause (several +/- taps, one save).
document.querySelectorAll(".buy-box").forEach((box) => {
  const price = box.querySelector(".buy-bar-price");
  const quantity = box.querySelector("input[name=quantity]");
  const follow = (option) => {
    if (price) price.textContent = option.dataset.price;
    if (!quantity) return;
    quantity.max = option.dataset.max;
    if (Number(quantity.value) > Number(option.dataset.max)) quantity.value = option.dataset.max;
  };
  const checked = box.querySelector("input[name=variant_id]:checked");
  if (checked) follow(checked);
  box.addEventListener("change", (event) => {
    if (event.target.name === "variant_id") follow(event.target);
  });
});

const cartForm = document.getElementById("cart-form");
if (cartForm && cartForm.requestSubmit) {
  const update = cartForm.querySelector(".cart-update");
  let timer;
  cartForm.addEventListener("input", (event) => {
    const field = event.target;
    clearTimeout(timer);
    if (!/^qty-\d+$/.test(field.name) || !field.checkValidity() || field.value === "") return;
    timer = setTimeout(() => cartForm.requestSubmit(update), 800);
  });
}
