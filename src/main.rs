//! The `ido` command line: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            content,
            output,
            templates,
            base_url,
        } => {
            let started = Instant::now();
            let mut opts = ido::BuildOptions::new(content, &output);
            opts.templates = templates;
            opts.base_url = base_url;
            match ido::build(&opts) {
                Ok(report) => {
                    println!(
                        "Built {} pages for {} locations into {}/ in {:.2} s.",
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

fn fail(e: &ido::Error) -> ExitCode {
    eprintln!("error: {e}");
    if matches!(e, ido::Error::Content(_)) {
        eprintln!("Nothing was written; the previous output is unchanged.");
    }
    ExitCode::FAILURE
}
