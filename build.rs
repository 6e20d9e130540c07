//! Checks `policies/*.toml` and embeds them as Rust statics. A wrong policy file stops the
//! build here, with the file and the key at fault.

#[path = "build/national_compiler.rs"]
mod national_compiler;
#[path = "build/policy_compiler.rs"]
mod policy_compiler;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=policies");
    println!("cargo:rerun-if-changed=build/policy_compiler.rs");
    println!("cargo:rerun-if-changed=build/source.rs");
    println!("cargo:rerun-if-changed=src/ids.rs");
    let mut files = Vec::new();
    let dir = Path::new("policies");
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&format!("policies/: cannot read the folder: {e}")));
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".toml") {
            let text = std::fs::read_to_string(entry.path())
                .unwrap_or_else(|e| fail(&format!("policies/{name}: {e}")));
            println!("cargo:rerun-if-changed=policies/{name}");
            files.push((name, text));
        }
    }
    files.sort();
    if files.is_empty() {
        fail("policies/: no policy file (*.toml)");
    }
    // Where the source documents are at hand (a checkout beside shared/), a policy must name one
    // of them; elsewhere (a crate built on its own) the names are not checked.
    let seeds_dir = Path::new("../shared/seeds");
    let seeds: Option<Vec<String>> = std::fs::read_dir(seeds_dir).ok().map(|d| {
        d.flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect()
    });
    let code = policy_compiler::compile_all(&files, seeds.as_deref())
        .unwrap_or_else(|e| fail(&format!("policies/{e}")));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("policies.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
    national(&files);
}

/// The national take-home rules (`policies/national/`), checked like a policy file.
fn national(policies: &[(String, String)]) {
    println!("cargo:rerun-if-changed=build/national_compiler.rs");
    let read = |name: &str| {
        println!("cargo:rerun-if-changed=policies/{name}");
        std::fs::read_to_string(Path::new("policies").join(name))
            .unwrap_or_else(|e| fail(&format!("policies/{name}: {e}")))
    };
    let code = national_compiler::compile(
        &read("national/rules.toml"),
        &read("national/districts.toml"),
        policies,
    )
    .unwrap_or_else(|e| fail(&format!("policies/{e}")));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("national.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("\nerror: bad policy file\n  {message}\n");
    println!("cargo:warning={message}");
    std::process::exit(1);
}
