// Copy buttons next to the bank transfer details (account number, amount, message), shown
// only when the browser can write to the clipboard; without them the values are plain text
// to select. The amount copied is digits only, as banking apps want it.
if (navigator.clipboard && window.isSecureContext) {
  const status = document.querySelector("[data-copy-status]");
  document.querySelectorAll("button[data-copy]").forEach((button) => {
    const label = button.textContent;
    let timer;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
      } catch {
        return; // permission refused: the value is still there to select by hand
      }
      button.textContent = button.dataset.copied;
      if (status) status.textContent = `${button.dataset.copied}: ${button.dataset.copy}`;
      clearTimeout(timer);
      timer = setTimeout(() => {
        button.textContent = label;
      }, 2000);
    });
  });
}
