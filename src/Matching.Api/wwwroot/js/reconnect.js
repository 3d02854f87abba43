// Drives the Korean reconnection dialog (Components/Layout/ReconnectModal.razor).
// When the server no longer knows this circuit (it restarted), the page reloads: the sign-in cookie
// survives a restart, so the user lands on the same page, or signs in and is sent back to it.
(() => {
    const modal = document.getElementById("components-reconnect-modal");
    if (!modal) {
        return;
    }

    const retryButton = document.getElementById("components-reconnect-button");
    const resumeButton = document.getElementById("components-resume-button");

    function show(state) {
        modal.dataset.state = state;
        if (!modal.open) {
            modal.showModal();
        }
    }

    // Blazor gives up after its own few attempts; a restart can take longer, so the page keeps trying on
    // its own every few seconds (and at once when it becomes visible) until the server answers.
    let timer = 0;

    async function retry() {
        clearTimeout(timer);
        document.removeEventListener("visibilitychange", retryWhenVisible);
        try {
            const reconnected = await Blazor.reconnect();
            if (!reconnected) {
                const resumed = await Blazor.resumeCircuit();
                if (resumed) {
                    modal.close();
                } else {
                    location.reload();
                }
            }
        } catch {
            keepTrying();
        }
    }

    function keepTrying() {
        document.addEventListener("visibilitychange", retryWhenVisible);
        clearTimeout(timer);
        timer = setTimeout(retry, 5000);
    }

    async function resume() {
        try {
            if (!(await Blazor.resumeCircuit())) {
                location.reload();
            }
        } catch {
            location.reload();
        }
    }

    async function retryWhenVisible() {
        if (document.visibilityState === "visible") {
            await retry();
        }
    }

    modal.addEventListener("components-reconnect-state-changed", event => {
        const state = event.detail.state;
        if (state === "show" || state === "retrying") {
            show("show");
        } else if (state === "hide") {
            clearTimeout(timer);
            modal.close();
        } else if (state === "failed") {
            show("failed");
            keepTrying();
        } else if (state === "paused") {
            show("paused");
        } else if (state === "rejected") {
            location.reload();
        }
    });
    retryButton.addEventListener("click", retry);
    resumeButton.addEventListener("click", resume);
})();
