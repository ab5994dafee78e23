//! The stages import only earlier ones. Every module of `src/` belongs to one layer of
//! the README's architecture table; a `crate::<module>` path in a file may name only a
//! module of an earlier layer (never a sibling output, never a later stage).

use std::collections::BTreeSet;
use std::path::Path;

/// The layers, earliest first. Modules in one layer do not import each other.
const LAYERS: &[(&str, &[&str])] = &[
    ("leaves", &["error", "days", "routes", "markdown", "qr"]),
    (
        "leaf helpers",
        &["dutch", "lang", "minify", "output", "stamp"],
    ),
    ("model", &["model"]),
    ("house style", &["style"]),
    ("load and validate", &["content"]),
    ("derive agendas", &["derive"]),
    ("derive indexes", &["index"]),
    ("present", &["present"]),
    ("outputs", &["render", "feeds", "print", "screen"]),
    ("orchestrator", &["lib"]),
    (
        "commands",
        &["check", "serve", "spreadsheet", "new", "synthetic"],
    ),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

/// The module a `crate::` path names: `schedule` is part of the model, and the items
/// of the crate root are the orchestrator's (errors are re-exported from `error`).
fn module_of(name: &str) -> &str {
    match name {
        "schedule" => "model",
        "Error" | "ContentError" | "Problems" => "error",
        n if layer_of(n).is_some() => n,
        _ => "lib",
    }
}

/// Every module named after `crate::` in `text` (also inside `use crate::{a, b::c}`).
fn imports(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The group up to its matching brace, split at its top-level commas:
            // `a, b::{c, d}, e` names a, b and e.
            let mut depth = 0;
            let mut item = String::new();
            let mut items = Vec::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        items.push(std::mem::take(&mut item));
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
            items.push(item);
            for item in items {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.insert(name);
        }
    }
    out
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_imports_a_later_stage_or_a_sibling_output() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    files(&src, &mut paths);
    paths.sort();
    let mut wrong = Vec::new();
    let mut seen = BTreeSet::new();
    for path in &paths {
        let rel = path.strip_prefix(&src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if top == "main" || top == "bin" {
            continue; // the command line uses the library from outside
        }
        let Some(own) = layer_of(&top) else {
            wrong.push(format!("{}: module `{top}` is in no layer", rel.display()));
            continue;
        };
        seen.insert(top.clone());
        for name in imports(&std::fs::read_to_string(path).unwrap()) {
            let module = module_of(&name);
            if module == top {
                continue;
            }
            let layer = layer_of(module).unwrap();
            if layer >= own {
                wrong.push(format!(
                    "{}: `{top}` ({}) uses `crate::{name}` ({})",
                    rel.display(),
                    LAYERS[own].0,
                    LAYERS[layer].0
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The table names no module that does not exist.
    for (_, modules) in LAYERS {
        for m in *modules {
            assert!(seen.contains(*m), "layer lists `{m}`, which src/ lacks");
        }
    }
}

#[test]
fn the_import_scanner_sees_groups_and_paths() {
    let found = imports(
        "use crate::{dutch, model::{Location, Site}, schedule};\n// crate::print\nlet x = crate::routes::location(s);",
    );
    let names: Vec<&str> = found.iter().map(String::as_str).collect();
    assert_eq!(names, ["dutch", "model", "routes", "schedule"]);
}
