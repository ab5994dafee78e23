//! `ido check`: each case in `tests/fixtures/check/` is laid over the minimal site and
//! must give exactly the report in its `expected.txt`; the example content and the
//! built-in template text pass without warnings; `--format json` and exit codes.

mod common;

use std::fs;
use std::process::Command;

use common::*;

#[test]
fn check_cases_give_their_expected_reports() {
    let dir = fixture("check");
    let mut cases: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    let bless = std::env::var_os("IDO_BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let (tmp, content) = site_with(case);
        let report = ido::check::check(&options(&content, &tmp.path().join("public"))).unwrap();
        let text = report
            .text()
            .replace(&format!("{}/", content.display()), "content/")
            .replace(&format!("{}/", root().display()), "");
        match fs::read_to_string(case.join("expected.txt")) {
            Ok(want) if want.trim_end() == text.trim_end() => {}
            Ok(want) => failures.push(format!("{name}:\n--- expected\n{want}--- got\n{text}")),
            Err(_) if bless => fs::write(case.join("expected.txt"), &text).unwrap(),
            Err(_) => failures.push(format!("{name}: no expected.txt; got\n{text}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn example_content_and_templates_pass_without_warnings() {
    let report =
        ido::check::check(&options(&root().join("content"), &root().join("unused"))).unwrap();
    assert_eq!(report.text(), "0 errors, 0 warnings\n");
}

#[test]
fn json_format_and_exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_tree(&fixture("minimal"), &content);
    copy_tree(&fixture("check/passive"), &content);
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_ido"))
            .args(["check", "--format", "json", "--content"])
            .arg(&content)
            .arg("--templates")
            .arg(root().join("templates"))
            .env("SOURCE_DATE_EPOCH", "1795430400")
            .output()
            .unwrap()
    };
    let out = run();
    assert!(out.status.success(), "warnings only: exit 0");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["errors"], serde_json::json!([]));
    assert_eq!(
        report["warnings"][0]["message"],
        "passive sentence: wordt … geholpen"
    );
    assert_eq!(report["warnings"][0]["line"], 31);
    fs::write(
        content.join("locaties/test-balie.md"),
        "---\nnaam: x\n---\n",
    )
    .unwrap();
    let out = run();
    assert_eq!(out.status.code(), Some(1), "errors: exit 1");
}
