//! Every case under `tests/fixtures/invalid/<case>/` is laid over a copy of the minimal
//! fixture site; loading it must fail with exactly the text in the case's `expected.txt`.
//! A file named `<name>.remove` removes `<name>` from the copy.
//! Run with `IDO_BLESS=1` to write missing expectations (then read them!).

mod common;

use std::fs;

use common::*;

#[test]
fn invalid_inputs_give_their_expected_errors() {
    let cases_dir = fixture("invalid");
    let mut cases: Vec<_> = fs::read_dir(&cases_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 30,
        "at least 30 invalid cases, found {}",
        cases.len()
    );
    let bless = std::env::var_os("IDO_BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let (tmp, content) = site_with(case);
        let out = tmp.path().join("public");
        let text = match ido::build(&options(&content, &out)) {
            Ok(_) => "(no error)".to_string(),
            Err(e) => e
                .to_string()
                .replace(&format!("{}/", content.display()), "content/"),
        };
        assert!(
            !out.exists(),
            "{name}: a failed build must not create the output"
        );
        let expected_path = case.join("expected.txt");
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected.trim_end() == text.trim_end() => {}
            Ok(expected) => failures.push(format!(
                "{name}:\n--- expected\n{}\n--- got\n{text}\n",
                expected.trim_end()
            )),
            Err(_) if bless => fs::write(&expected_path, format!("{text}\n")).unwrap(),
            Err(_) => failures.push(format!("{name}: no expected.txt; got\n{text}\n")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
