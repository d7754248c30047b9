//! Reward programs after the first year, end to end: scheduled by governance with
//! `rewards schedule`, judged by the contract before anything is sent, listed by
//! `rewards info`, and followed by every position without a transaction.

mod common;
use alloy::primitives::U256;
use alloy::providers::Provider;
use common::*;
use serde_json::Value;

const SEPOLIA: &str = "11155111";

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[tokio::test]
async fn a_second_program_follows_the_first_without_any_position_moving() {
    let env = Env::with_system();
    env.increase_time(60).await; // into the first program (it starts a block after `rewards start`)
    let key = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "100000", "--key-file", &key]));

    // The contract's bounds, in its words; nothing sent.
    let before = env.snapshot().await;
    let err = fails(
        env.cli(0).args([
            "rewards",
            "schedule",
            "--rate",
            "60",
            "--duration-days",
            "30",
        ]),
        1,
        "a program pays between 0.01% and 50% a year, not 60%",
    );
    assert!(!err.contains("panicked"), "{err}");
    fails(
        env.cli(0).args([
            "rewards",
            "schedule",
            "--rate",
            "15",
            "--duration-days",
            "3",
        ]),
        1,
        "a program lasts from 7 days to 730 days",
    );
    fails(
        env.cli(0).args([
            "rewards",
            "schedule",
            "--rate",
            "12.345",
            "--duration-days",
            "30",
        ]),
        2,
        "more than two decimals",
    );
    // 100,000 funded: the first year books 20,000; 50% for two years on 100,000 would need
    // 100,000 more than the 80,000 left.
    let err = fails(
        env.cli(0).args([
            "rewards",
            "schedule",
            "--rate",
            "50",
            "--duration-days",
            "730",
        ]),
        1,
        "the reward budget cannot cover this",
    );
    assert!(err.contains("more funding would cover it"), "{err}");
    assert_eq!(env.snapshot().await, before, "refusals send nothing");

    // Back to back by default: 15% for 30 days from the end of the first year.
    let s = ok(env.cli(0).args([
        "rewards",
        "schedule",
        "--rate",
        "15",
        "--duration-days",
        "30",
    ]));
    assert!(
        s.contains("schedule a reward program: 15% a year for 30 days"),
        "{s}"
    );
    assert!(s.contains("program   2 (15% a year"), "what was done: {s}");
    // The same command again would add a third program: refused, nothing sent.
    let before = env.snapshot().await;
    fails(
        env.cli(0).args([
            "rewards",
            "schedule",
            "--rate",
            "15",
            "--duration-days",
            "30",
        ]),
        1,
        "the last program (number 2) already is 15% a year for 30 days",
    );
    assert_eq!(env.snapshot().await, before, "nothing sent");
    let info = json(&ok(env.cli_read().args(["--json", "rewards", "info"])));
    let programs = info["programs"].as_array().unwrap();
    assert_eq!(programs.len(), 2);
    assert_eq!(programs[0]["state"], "in force");
    assert_eq!(programs[1]["state"], "scheduled");
    assert_eq!(programs[1]["rateBps"], 1500);
    assert_eq!(programs[1]["start"], programs[0]["end"], "back to back");
    assert_eq!(
        info["end"], programs[1]["end"],
        "rewards end with the second"
    );
    // 15% for 30 days on 100,000, as booked.
    assert_eq!(
        programs[1]["futureReward"],
        (U256::from(100_000u64)
            * U256::from(10u64).pow(U256::from(18u64))
            * U256::from(1500u64)
            * U256::from(30u64 * 86_400)
            / U256::from(10_000u64 * 365 * 86_400))
        .to_string()
    );

    // A year and ten days later the second program is in force; nobody did anything.
    env.increase_time(375 * 86_400).await;
    let info = json(&ok(env.cli_read().args(["--json", "rewards", "info"])));
    assert_eq!(info["currentProgram"], 2);
    assert_eq!(info["rateBps"], 1500);
    let st = json(&ok(env.cli(1).args(["--json", "status"])));
    assert_eq!(
        st["positions"][0]["rateBps"], 1500,
        "the rate this position earns"
    );
    let text = ok(env.cli(1).args(["status"]));
    assert!(text.contains("earning    15% a year"), "{text}");
    // Owed: 20% for the year, then 15% for about ten days.
    let c = json(&ok(env.cli(1).args(["--json", "claim", "1"])));
    let claimed = U256::from_str_radix(c["claimed"].as_str().unwrap(), 10).unwrap();
    assert!(
        claimed > wei(20_410) && claimed < wei(20_412),
        "20,000 + 100,000 x 15% x ~10/365 = ~20,411: {claimed}"
    );
}

#[tokio::test]
async fn a_program_after_a_gap_and_the_words_in_between() {
    let env = Env::with_system();
    let key = env.node_key("a.key");
    ok(env.cli(1).args(["deposit", "50000", "--key-file", &key]));
    let end = json(&ok(env.cli_read().args(["--json", "rewards", "info"])))["end"]
        .as_u64()
        .unwrap();
    // Programs never overlap: a start before the first's end is refused with the earliest.
    let err = fails(
        env.cli(0).args([
            "rewards",
            "schedule",
            "--rate",
            "10",
            "--duration-days",
            "30",
            "--start",
            &(end - 1).to_string(),
        ]),
        1,
        "programs never overlap",
    );
    assert!(err.contains(&format!("unix {end}")), "{err}");
    let start = end + 20 * 86_400;
    ok(env.cli(0).args([
        "rewards",
        "schedule",
        "--rate",
        "10",
        "--duration-days",
        "30",
        "--start",
        &start.to_string(),
    ]));
    // In the gap: nothing in force, nothing accrues.
    env.increase_time(370 * 86_400).await;
    let info = ok(env.cli_read().args(["rewards", "info"]));
    assert!(
        info.contains("rate now      none now (between programs): the next starts"),
        "{info}"
    );
    let text = ok(env.cli(1).args(["status"]));
    assert!(
        text.contains("earning    nothing now (no program in force)"),
        "{text}"
    );
    assert!(
        text.contains(
            "reward programs: none in force now (between programs); next: 10% a year from"
        ),
        "{text}"
    );
    let st = json(&ok(env.cli(1).args(["--json", "status"])));
    assert_eq!(st["program"]["current"], Value::Null);
    assert_eq!(st["program"]["next"]["id"], 2);
    assert_eq!(st["program"]["next"]["start"], start);
    // Claimed at the end of the first year: in the gap there is nothing, and the words say
    // when rewards come back.
    ok(env.cli(1).args(["claim", "1"]));
    let err = fails(env.cli(1).args(["claim", "1"]), 1, "has no reward to claim");
    assert!(
        err.contains("between programs): rewards accrue again from"),
        "{err}"
    );
}

/// The same command run again is never a second program, and two program operations are never
/// in flight at once (each would be judged against the chain, not against the other).
#[tokio::test]
async fn through_the_timelock_a_rerun_is_never_a_second_program() {
    let env = Env::start_with(&["--chain-id", SEPOLIA]);
    let out = env.forge_deploy(&[("TIMELOCK_DELAY", "3600")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let now: u64 = env
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .unwrap()
        .unwrap()
        .header
        .timestamp;
    let at = (now + 7200).to_string();
    // Nothing to follow yet: the hint does not send the user to --start (which would fail).
    let err = fails(
        env.cli(0).args([
            "rewards",
            "schedule",
            "--rate",
            "15",
            "--duration-days",
            "30",
        ]),
        1,
        "the first reward program's start is not fixed yet",
    );
    assert!(err.contains("rewards start --at"), "{err}");
    // A start scheduled, then left until its time has passed: --print judges the execution
    // as it would run now, and refuses to hand out an execute call that would revert.
    ok(env.cli(0).args(["rewards", "start", "--at", &at]));
    env.increase_time(7200 + 60).await;
    let err = fails(
        env.cli(0)
            .args(["rewards", "start", "--at", &at, "--print"]),
        1,
        "is scheduled, but its execution would fail",
    );
    assert!(err.contains("is in the past"), "{err}");
    let now = now + 7200 + 60;
    let at = (now + 7200).to_string();
    ok(env.cli(0).args(["rewards", "start", "--at", &at]));
    env.increase_time(3600).await;
    ok(env.cli(0).args(["rewards", "start", "--at", &at]));
    ok(env.cli(0).args(["faucet", "100000"]));
    ok(env.cli(0).args(["rewards", "fund", "50000"]));

    // A batch holding a program, made while nothing waits.
    let end = json(&ok(env.cli_read().args(["--json", "rewards", "info"])))["end"]
        .as_u64()
        .unwrap();
    let batch = env.dir.path().join("later.json");
    ok(env.cli(0).args([
        "rewards",
        "schedule",
        "--rate",
        "12",
        "--duration-days",
        "30",
        "--start",
        &(end + 40 * 86_400).to_string(),
        "--append",
        batch.to_str().unwrap(),
    ]));

    let schedule = [
        "rewards",
        "schedule",
        "--rate",
        "15",
        "--duration-days",
        "30",
    ];
    let s = json(&ok(env.cli(0).arg("--json").args(schedule)));
    assert_eq!(s["state"], "scheduled");
    let op = s["operation"].as_str().unwrap().to_string();
    // Its second run, before the delay: the same operation, not a new one.
    fails(
        env.cli(0).args(schedule),
        1,
        "is scheduled; the timelock lets it run from",
    );
    let info = json(&ok(env.cli_read().args(["--json", "rewards", "info"])));
    assert_eq!(info["waitingInTimelock"][0]["operation"], op);
    assert_eq!(info["waitingInTimelock"][0]["rateBps"], 1500);
    assert_eq!(
        info["waitingInTimelock"][0]["wouldBook"], "0",
        "nobody earns yet: it would book nothing"
    );
    let text = ok(env.cli_read().args(["rewards", "info"]));
    assert!(text.contains("waiting in the timelock"), "{text}");
    assert!(
        text.contains("would book 0 METIS at today's earning (the surplus of"),
        "{text}"
    );

    // Another program while that one waits: refused, with the way out; nothing sent.
    let before = env.snapshot().await;
    let err = fails(
        env.cli(0).args([
            "rewards",
            "schedule",
            "--rate",
            "10",
            "--duration-days",
            "30",
        ]),
        1,
        &format!("operation {op} waiting in the timelock schedules a program too"),
    );
    assert!(err.contains(&format!("gov cancel {op}")), "{err}");
    let err = fails(
        env.cli(0).args([
            "rewards",
            "schedule",
            "--rate",
            "10",
            "--duration-days",
            "30",
            "--start",
            &(end + 60 * 86_400).to_string(),
        ]),
        1,
        &format!("operation {op} waiting in the timelock schedules another program"),
    );
    assert!(err.contains("--append"), "{err}");
    // The batch made earlier cannot slip a second program operation in either.
    fails(
        env.cli(0).args(["gov", "batch", batch.to_str().unwrap()]),
        1,
        &format!("this batch schedules a reward program, and operation {op} waiting in the timelock schedules another"),
    );
    assert_eq!(env.snapshot().await, before, "refusals send nothing");

    // After the delay the same command executes it and says what it booked.
    env.increase_time(3600).await;
    let e = json(&ok(env.cli(0).arg("--json").args(schedule)));
    assert_eq!(e["state"], "executed");
    assert_eq!(e["program"], 2);
    assert_eq!(e["rateBps"], 1500);
    assert_eq!(e["start"], end);
    // And a third run is refused: it would add one more program, not repeat this one.
    let before = env.snapshot().await;
    let err = fails(
        env.cli(0).args(schedule),
        1,
        "the last program (number 2) already is 15% a year for 30 days",
    );
    assert!(err.contains("pass --start"), "{err}");
    assert_eq!(env.snapshot().await, before, "nothing scheduled");
}
