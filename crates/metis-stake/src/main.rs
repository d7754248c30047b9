//! `metis-stake`: stake METIS as a sequencer, claim Sequencer Mining rewards and run the
//! LST grant program. `main` only parses and dispatches; each command lives in `cmd/`.

mod amount;
mod cli;
mod cmd;
mod ctx;
mod decode;
mod deployments;
mod error;
mod logs;
mod opts;
mod output;
mod possession;
mod rpc;
mod tendermint;
mod time;
mod tx;

use clap::Parser;

fn main() {
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // clap prints its own message; usage errors exit 2, --help/--version exit 0.
            e.exit();
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            std::process::exit(1);
        }
    };
    let code = match runtime.block_on(cmd::run(cli)) {
        Ok(()) => 0,
        Err(report) => error::render(&report),
    };
    std::process::exit(code);
}
