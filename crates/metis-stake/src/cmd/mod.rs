//! One module per subcommand.

pub mod deploy;
pub mod evidence;
pub mod gov;
pub mod grants;
pub mod history;
pub mod lst;
pub mod rewards;
pub mod signer;
pub mod stake;
pub mod status;
pub mod sync;
pub mod token;
