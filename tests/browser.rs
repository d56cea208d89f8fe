//! The HTML report in a real browser: headless Chromium renders the page
//! and the test reads the DOM it built — claim cards present, input text
//! escaped and intact, the filter applied by its script — and keeps a
//! screenshot in `target/browser/` for people to look at.
//!
//! `.ci/run` installs Debian's `chromium-headless-shell` and sets
//! `CLAIMCHECK_BROWSER_TEST=1`, which makes a missing browser a failure.
//! Elsewhere the test says it was skipped.

use std::path::{Path, PathBuf};
use std::process::Command;

fn browser() -> Option<PathBuf> {
    [
        "chromium-headless-shell",
        "chromium",
        "chromium-browser",
        "google-chrome",
    ]
    .iter()
    .find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join(name))
                .find(|p| p.is_file())
        })
    })
}

fn report(args: &[&str], out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("claimcheck runs");
    assert!(o.status.code().is_some_and(|c| c <= 1), "{o:?}");
    std::fs::write(out, &o.stdout).expect("page written");
}

fn dom(browser: &Path, url: &str) -> String {
    let o = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=2000",
            "--dump-dom",
            url,
        ])
        .output()
        .expect("the browser runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn html_report_in_a_browser() {
    let Some(chrome) = browser() else {
        assert!(
            std::env::var_os("CLAIMCHECK_BROWSER_TEST").is_none(),
            "CLAIMCHECK_BROWSER_TEST is set but no Chromium is installed"
        );
        eprintln!("skipped: no Chromium on PATH (.ci/run installs chromium-headless-shell)");
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::create_dir_all(&dir).expect("target/browser");
    let page = dir.join("report.html");
    report(
        &[
            "check",
            "claims/ukraine-security-guarantees.txt",
            "claims/ukraine-security-guarantees.claims.jsonl",
            "--format",
            "html",
        ],
        &page,
    );
    let url = format!("file://{}", page.display());

    let all = dom(&chrome, &url);
    assert_eq!(all.matches("class=\"card ").count(), 99, "cards rendered");
    assert!(
        all.contains("class=\"st attributed\""),
        "statements highlighted"
    );

    // The script's filter: only contradicted cards stay visible.
    let filtered = dom(&chrome, &format!("{url}#filter=contradicted"));
    let hidden = filtered.matches(" hidden\"").count();
    assert!(hidden > 0, "filter hid nothing");
    let contradicted = all.matches("data-verdict=\"contradicted\"").count();
    assert!(contradicted > 0);
    assert_eq!(99 - hidden, contradicted, "contradicted cards visible");
    assert!(filtered.contains("aria-pressed=\"true\">contradicted"));

    // A claim with markup: shown as text, no element made of it.
    let hostile = dir.join("hostile.html");
    report(
        &[
            "check",
            "tests/fixtures/talks.txt",
            "tests/fixtures/hostile.jsonl",
            "--format",
            "html",
            "--fail-on",
            "never",
        ],
        &hostile,
    );
    let h = dom(&chrome, &format!("file://{}", hostile.display()));
    assert!(
        h.contains("&lt;script&gt;alert(1)&lt;/script&gt; | *bold*"),
        "escaped text intact"
    );
    assert!(!h.contains("<script>alert(1)"), "no injected element");

    // A screenshot for people to look at.
    let shot = dir.join("report.png");
    let o = Command::new(&chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=1280,900",
            &format!("--screenshot={}", shot.display()),
            &url,
        ])
        .output()
        .expect("screenshot");
    assert!(o.status.success() && shot.is_file(), "screenshot written");
}
