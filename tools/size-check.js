// Fails when a contract meant for deployment is above EIP-170's runtime size limit (24,576
// bytes) or EIP-3860's initcode limit (49,152 bytes): `forge build --sizes` also counts the
// deploy script and the test helpers, which are never deployed on a chain.
//   node tools/size-check.js   (after `forge build`)
const fs = require("fs");
const deployed = ["SequencerLocking", "SequencerMining", "GrantEscrow", "SequencerVault", "EquivocationSlasher", "TestMetis"];
const RUNTIME = 24576;
const INITCODE = 49152;
let failed = false;
for (const name of deployed) {
  const dir = fs.readdirSync("out").find((d) => fs.existsSync(`out/${d}/${name}.json`));
  if (!dir) {
    console.error(`error: no artifact for ${name} in out/ (run forge build)`);
    failed = true;
    continue;
  }
  const a = JSON.parse(fs.readFileSync(`out/${dir}/${name}.json`, "utf8"));
  const runtime = (a.deployedBytecode.object.length - 2) / 2;
  const init = (a.bytecode.object.length - 2) / 2;
  const ok = runtime <= RUNTIME && init <= INITCODE;
  console.log(`${ok ? "ok " : "TOO LARGE"} ${name}: runtime ${runtime} B (margin ${RUNTIME - runtime}), initcode ${init} B`);
  if (!ok) failed = true;
}
process.exit(failed ? 1 : 0);
