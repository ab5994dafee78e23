//! The `ido` command line: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

/// A build allocates and frees millions of small strings on two threads; mimalloc does
/// that in about half the time of the system allocator (measured in the README).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "ido",
    version,
    about = "Static site generator for the Informatiepunten Digitale Overheid"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site from the content folder into the output folder.
    Build {
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Where the site is written (replaced only when the build succeeds).
        #[arg(long, default_value = "public")]
        output: PathBuf,
        /// The templates folder.
        #[arg(long, default_value = "templates")]
        templates: PathBuf,
        /// Base URL of the published site (default: `basis_url` in site.yaml).
        #[arg(long)]
        base_url: Option<String>,
        /// Skip the flyers, posters and slides (only the site and the feeds).
        #[arg(long)]
        no_print: bool,
    },
    /// Check the content: errors (as build) and warnings (stale data, plain language).
    Check {
        #[arg(long, default_value = "content")]
        content: PathBuf,
        #[arg(long, default_value = "templates")]
        templates: PathBuf,
        /// `json` for CI.
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
        /// Also render the flyers, posters and slides (slow; without it only their text
        /// is checked against the print font).
        #[arg(long)]
        print: bool,
    },
    /// Write all locations as a spreadsheet (CSV), one row per location.
    Export {
        #[arg(long, default_value = "content")]
        content: PathBuf,
        #[arg(long, default_value = "csv", value_parser = ["csv"])]
        format: String,
        /// Write to this file instead of the screen.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Create or update location files from a spreadsheet (CSV) made by `ido export`.
    Import {
        /// The CSV file.
        file: PathBuf,
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// The templates folder (its house style is the default, as for `build`).
        #[arg(long, default_value = "templates")]
        templates: PathBuf,
        /// Only check and report; change no file.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write a new, commented content file to fill in (never overwrites).
    New {
        /// What to make.
        #[arg(value_enum)]
        kind: Kind,
        /// Its name, for example "Bibliotheek Oss"; the file name is made from it.
        name: String,
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
    /// Build, serve on 127.0.0.1, rebuild on every change and reload open pages.
    Serve {
        #[arg(long, default_value = "content")]
        content: PathBuf,
        #[arg(long, default_value = "templates")]
        templates: PathBuf,
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; only change this when others must reach the preview.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Poll for changes, for file systems that send no events (network drives).
        #[arg(long)]
        poll: bool,
        /// Skip the flyers, posters and slides (by default they are made in the
        /// background once the site is served).
        #[arg(long)]
        no_print: bool,
    },
    /// Render a share of a build's flyers, posters and slides into the print cache (a
    /// helper process that `build` starts; see `ido::print_share`).
    #[command(hide = true)]
    PrintShare {
        #[arg(long)]
        content: PathBuf,
        #[arg(long)]
        templates: PathBuf,
        #[arg(long)]
        cache: PathBuf,
        #[arg(long)]
        today: jiff::civil::Date,
        #[arg(long)]
        base_url: Option<String>,
        #[arg(long)]
        no_languages: bool,
        /// `k/n`: every n-th batch of products, from the k-th.
        #[arg(long)]
        part: String,
    },
    /// Write synthetic content of N locations (for benchmarks).
    #[command(hide = true)]
    Synthetic {
        #[arg(long)]
        locations: usize,
        /// Content folder whose site file, partners, themes and pages are copied.
        #[arg(long, default_value = "content")]
        from: PathBuf,
        #[arg(long)]
        output: PathBuf,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Kind {
    Locatie,
    Thema,
    Partner,
    Pagina,
}

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e` in mimalloc.h; the
/// Rust crate has no name for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Give freed memory back to the system after 10 s instead of mimalloc's 1 s. Print
/// products free an 8 MB picture of every slide (and more) many times a second: with
/// the short delay that memory went back and was faulted in again, zeroed, each time.
/// 40 synthetic locations with print, into memory: 8.70 → 7.98 s, system time 1.0 →
/// 0.65 s, peak 365 → 400 MB. `MIMALLOC_PURGE_DELAY` in the environment still wins.
fn keep_freed_memory_longer() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option; mimalloc reads it when it next purges.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 10_000) };
    }
}

fn main() -> ExitCode {
    // No transparent huge pages: mimalloc asks for them, and a 2 MB page of which a few
    // KB are used still counts whole (a build of 10,000 locations peaked at 366 MB with
    // them, 320 MB without, in the same time).
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    keep_freed_memory_longer();
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            content,
            output,
            templates,
            base_url,
            no_print,
        } => build(content, output, templates, base_url, no_print),
        Command::Export {
            content,
            format: _,
            output,
        } => match ido::spreadsheet::export(&content) {
            Ok(csv) => match output {
                Some(path) => match std::fs::write(&path, csv) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => fail(&ido::Error::io(path, e)),
                },
                None => {
                    print!("{csv}");
                    ExitCode::SUCCESS
                }
            },
            Err(e) => fail(&e),
        },
        Command::Import {
            file,
            content,
            templates,
            dry_run,
        } => import(file, content, templates, dry_run),
        Command::Check {
            content,
            templates,
            format,
            print,
        } => check(content, templates, format, print),
        Command::New {
            kind,
            name,
            content,
        } => {
            let kind = match kind {
                Kind::Locatie => ido::new::NewKind::Locatie,
                Kind::Thema => ido::new::NewKind::Thema,
                Kind::Partner => ido::new::NewKind::Partner,
                Kind::Pagina => ido::new::NewKind::Pagina,
            };
            match ido::new::write(&content, kind, &name, ido::today()) {
                Ok(path) => {
                    println!(
                        "Written {}. Fill it in, then run `ido build`.",
                        path.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        Command::Serve {
            content,
            templates,
            port,
            bind,
            poll,
            no_print,
        } => serve(content, templates, port, bind, poll, no_print),
        Command::PrintShare {
            content,
            templates,
            cache,
            today,
            base_url,
            no_languages,
            part,
        } => {
            let Some((part, of)) = part
                .split_once('/')
                .and_then(|(k, n)| Some((k.parse().ok()?, n.parse().ok()?)))
            else {
                eprintln!("error: --part wants k/n, for example 1/2");
                return ExitCode::FAILURE;
            };
            let mut opts = ido::BuildOptions::new(content, "public");
            opts.templates = templates;
            opts.cache = cache;
            opts.today = today;
            opts.base_url = base_url;
            opts.languages = !no_languages;
            print_share(&opts, part, of)
        }
        Command::Synthetic {
            locations,
            from,
            output,
        } => match ido::synthetic::write(&from, &output, locations) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e),
        },
    }
}

/// `ido build`: the site (and the print products) from the content.
fn build(
    content: PathBuf,
    output: PathBuf,
    templates: PathBuf,
    base_url: Option<String>,
    no_print: bool,
) -> ExitCode {
    let started = Instant::now();
    let mut opts = ido::BuildOptions::new(content, &output);
    opts.templates = templates;
    opts.base_url = base_url;
    opts.print &= !no_print;
    opts.print_helper = std::env::current_exe().ok();
    match ido::build(&opts) {
        Ok(report) if report.unchanged => {
            println!(
                "Nothing changed since the last build: {}/ is up to date ({} pages for {} locations; checked in {:.2} s).",
                output.display(),
                report.pages,
                report.locations,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Ok(report) => {
            let print = if opts.print {
                format!(
                    ", {} flyers, posters and slides ({} rendered, {} unchanged)",
                    report.rendered + report.cached,
                    report.rendered,
                    report.cached
                )
            } else {
                String::new()
            };
            println!(
                "Built {} pages{print} for {} locations into {}/ in {:.2} s.",
                report.pages,
                report.locations,
                output.display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// `ido import`: location files from a spreadsheet.
fn import(file: PathBuf, content: PathBuf, templates: PathBuf, dry_run: bool) -> ExitCode {
    match ido::spreadsheet::import_with(&content, &templates, &file, dry_run) {
        Ok(r) => {
            let verb = if dry_run { "Would create" } else { "Created" };
            for p in &r.created {
                println!("{verb} {}", p.display());
            }
            let verb = if dry_run { "Would update" } else { "Updated" };
            for p in &r.updated {
                println!("{verb} {}", p.display());
            }
            println!("{} unchanged.", r.unchanged);
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// `ido check`: errors and warnings, as text or JSON.
fn check(content: PathBuf, templates: PathBuf, format: String, print: bool) -> ExitCode {
    let mut opts = ido::BuildOptions::new(content, "public");
    opts.templates = templates;
    opts.print &= print;
    match ido::check::check(&opts) {
        Ok(report) => {
            if format == "json" {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).unwrap_or_default()
                );
            } else {
                print!("{}", report.text());
            }
            if report.errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => fail(&e),
    }
}

/// `ido serve`: the site for preview, rebuilt on every edit.
fn serve(
    content: PathBuf,
    templates: PathBuf,
    port: u16,
    bind: std::net::IpAddr,
    poll: bool,
    no_print: bool,
) -> ExitCode {
    let mut build = ido::BuildOptions::new(content, "public");
    build.templates = templates;
    build.print &= !no_print;
    let opts = ido::serve::ServeOptions {
        build,
        bind,
        port,
        poll,
    };
    let result = ido::serve::serve(opts, |addr| {
        use std::io::Write;
        println!("Serving the site on http://{addr}/ (stop with Ctrl+C).");
        let _ = std::io::stdout().flush();
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

/// `ido print-share`: the number of files rendered on stdout, for the build.
#[cfg(feature = "print")]
fn print_share(opts: &ido::BuildOptions, part: usize, of: usize) -> ExitCode {
    // Stop when the build that started this helper stops (killed, or an error).
    #[cfg(target_os = "linux")]
    let _ = rustix::process::set_parent_process_death_signal(Some(rustix::process::Signal::TERM));
    match ido::print_share(opts, part, of) {
        Ok(rendered) => {
            println!("{rendered}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

#[cfg(not(feature = "print"))]
fn print_share(_: &ido::BuildOptions, _: usize, _: usize) -> ExitCode {
    eprintln!("error: this ido was built without the `print` feature");
    ExitCode::FAILURE
}

fn fail(e: &ido::Error) -> ExitCode {
    eprintln!("error: {e}");
    if matches!(e, ido::Error::Content(_)) {
        eprintln!("Nothing was written; the previous output is unchanged.");
    }
    ExitCode::FAILURE
}
