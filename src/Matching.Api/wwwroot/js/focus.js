// The focus a navigation gives the page's heading (HeadingFocus): not out of a field the person has already gone
// into, since they are typing there.
window.matchingFocusHeading = selector => {
    const active = document.activeElement;
    if (active && active.matches("input, textarea, select, [contenteditable]")) {
        return;
    }

    const heading = document.querySelector(selector);
    if (heading) {
        if (!heading.hasAttribute("tabindex")) {
            heading.tabIndex = -1;
        }

        heading.focus({ preventScroll: true });
    }
};
