//! A JSON-RPC relay between the CLI and anvil that lets a test put a transaction in front of
//! the CLI's own sends, as another wallet or another run on the same account would.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// What the relay does with a request that sends transactions.
pub enum Act {
    /// Relay it.
    Pass,
    /// Hand the node this raw transaction (0x hex) first, then relay the request.
    FrontRun(String),
    /// Answer with a JSON-RPC error, as a node refusing the transaction would; the node never
    /// sees it.
    Refuse,
}

/// Given the raw transactions (0x hex) of an `eth_sendRawTransaction` request, what to do with
/// it. Called for every request that sends.
pub type FrontRun = dyn FnMut(&[String]) -> Act + Send;

/// A relay on a free local port, serving until the test ends.
pub struct Relay {
    pub url: String,
}

impl Relay {
    /// Relays every request to `upstream` (`http://host:port`), first sending what `front_run`
    /// returns for requests that send transactions.
    pub fn start(upstream: &str, front_run: Box<FrontRun>) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the relay");
        let url = format!("http://{}", listener.local_addr().expect("relay address"));
        let upstream = upstream.trim_start_matches("http://").to_string();
        let front_run = Arc::new(Mutex::new(front_run));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let upstream = upstream.clone();
                let front_run = Arc::clone(&front_run);
                std::thread::spawn(move || serve(stream, &upstream, &front_run));
            }
        });
        Relay { url }
    }

    /// A relay that, the first time the CLI sends two transactions in one request (an
    /// approval and a call), hands the node `first(raws)` before them.
    pub fn front_run_first_pair(
        upstream: &str,
        first: impl Fn(&[String]) -> String + Send + 'static,
    ) -> Relay {
        let mut once = true;
        Relay::start(
            upstream,
            Box::new(move |raws| {
                if once && raws.len() == 2 {
                    once = false;
                    Act::FrontRun(first(raws))
                } else {
                    Act::Pass
                }
            }),
        )
    }
}

fn serve(stream: TcpStream, upstream: &str, front_run: &Mutex<Box<FrontRun>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone the stream"));
    let mut out = stream;
    // One request per connection is enough: every answer closes it.
    let Some(body) = read_request(&mut reader) else {
        return;
    };
    if let Ok(request) = serde_json::from_slice::<Value>(&body) {
        let raws = raw_transactions(&request);
        if !raws.is_empty() {
            match (front_run.lock().expect("front-run hook"))(&raws) {
                Act::Pass => {}
                Act::FrontRun(raw) => {
                    let send = serde_json::json!({
                        "jsonrpc": "2.0", "id": 1,
                        "method": "eth_sendRawTransaction", "params": [raw]
                    });
                    post(upstream, &serde_json::to_vec(&send).expect("json"));
                }
                Act::Refuse => {
                    let refusal = |c: &Value| {
                        serde_json::json!({
                            "jsonrpc": "2.0", "id": c["id"],
                            "error": { "code": -32000, "message": "refused by the test relay" }
                        })
                    };
                    let answer = match &request {
                        Value::Array(calls) => Value::Array(calls.iter().map(refusal).collect()),
                        one => refusal(one),
                    };
                    respond(&mut out, &serde_json::to_vec(&answer).expect("json"));
                    return;
                }
            }
        }
    }
    let answer = post(upstream, &body);
    respond(&mut out, &answer);
}

fn respond(out: &mut TcpStream, answer: &[u8]) {
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        answer.len()
    );
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(answer);
}

/// The raw transactions an `eth_sendRawTransaction` request (alone or in a batch) carries.
fn raw_transactions(request: &Value) -> Vec<String> {
    let calls = match request {
        Value::Array(calls) => calls.clone(),
        one => vec![one.clone()],
    };
    calls
        .iter()
        .filter(|c| c["method"] == "eth_sendRawTransaction")
        .filter_map(|c| c["params"][0].as_str().map(str::to_string))
        .collect()
}

/// Reads one HTTP/1.1 request and returns its body.
fn read_request(reader: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().ok()?;
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(body)
}

/// POSTs `body` to `upstream` (`host:port`) and returns the answer's body.
fn post(upstream: &str, body: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(upstream).expect("reach anvil");
    let head = format!(
        "POST / HTTP/1.1\r\nHost: {upstream}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).expect("send to anvil");
    stream.write_all(body).expect("send to anvil");
    let mut reader = BufReader::new(stream);
    let mut length = None;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).expect("anvil's answer");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    let mut answer = Vec::new();
    match length {
        Some(n) => {
            answer.resize(n, 0);
            reader.read_exact(&mut answer).expect("anvil's answer body");
        }
        None => {
            reader
                .read_to_end(&mut answer)
                .expect("anvil's answer body");
        }
    }
    answer
}
