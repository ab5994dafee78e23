//! The JSON Schemas of the content files and the open data: the copies in `schemas/`
//! equal what the model and the open-data types generate (`IDO_BLESS=1` rewrites them), and every example content file validates
//! against its schema (Python `jsonschema`), while a typo does not.

mod common;

use std::process::Command;

use common::*;

#[test]
fn repository_schemas_match_the_model() {
    let bless = std::env::var_os("IDO_BLESS").is_some();
    // The content's schemas, and the open data's, generated from its types alike.
    let sets = [
        ("schemas", ido::content::schema::all()),
        ("schemas/api", ido::feeds::open_data::schemas()),
    ];
    for (dir, schemas) in sets {
        for (name, json) in schemas {
            let path = root().join(dir).join(name);
            if bless {
                std::fs::write(&path, &json).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == json,
                "{dir}/{name} is out of date: run IDO_BLESS=1 cargo test --test schemas"
            );
        }
    }
}

/// Front matter (or a whole YAML file) as JSON.
fn front_matter(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    let yaml = match text.strip_prefix("---\n") {
        Some(rest) => rest
            .split_once("\n---")
            .map(|(y, _)| y.to_string())
            .unwrap(),
        None => text,
    };
    let doc = ido::content::yaml::Document {
        yaml: &yaml,
        line_offset: 0,
    };
    ido::content::yaml::parse(path, &doc).unwrap()
}

#[test]
fn example_content_validates_against_the_schemas() {
    let tmp = tempfile::tempdir().unwrap();
    let content = root().join("content");
    let mut cases = Vec::new();
    for (folder, schema) in [
        ("locaties", "locatie"),
        ("partners", "partner"),
        ("themas", "thema"),
        ("paginas", "pagina"),
        ("kalenders", "kalender"),
    ] {
        for file in files(&content.join(folder)) {
            cases.push((
                schema,
                front_matter(&content.join(folder).join(&file)),
                true,
            ));
        }
    }
    cases.push(("site", front_matter(&content.join("site.yaml")), true));
    cases.push((
        "huisstijl",
        front_matter(&root().join("templates/huisstijl.yaml")),
        true,
    ));
    // A typo in a key and a wrong value must not pass.
    let mut typo = front_matter(&content.join("locaties/tilburg-lochal.md"));
    typo["nam"] = typo["naam"].take();
    cases.push(("locatie", typo, false));
    let mut wrong = front_matter(&content.join("locaties/tilburg-lochal.md"));
    wrong["soort"] = "bieb".into();
    cases.push(("locatie", wrong, false));
    let input = tmp.path().join("cases.json");
    let list: Vec<_> = cases.iter().map(|(s, v, ok)| serde_json::json!({"schema": format!("{}/schemas/{s}.schema.json", root().display()), "value": v, "valid": ok})).collect();
    std::fs::write(&input, serde_json::to_string(&list).unwrap()).unwrap();
    let script = r#"
import json, sys, jsonschema
bad = []
for c in json.load(open(sys.argv[1])):
    schema = json.load(open(c["schema"]))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(c["value"]))
    if bool(errors) == c["valid"]:
        bad.append((c["schema"], c["valid"], [e.message for e in errors][:3]))
print(json.dumps(bad))
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&input)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    assert!(cases.len() > 40);
}
