///Module containing a contract's types and functions.
/**

```solidity
library CanonicalVote {
    struct Vote { uint8 voteType; uint64 height; uint32 round; bytes32 blockHash; uint32 partsTotal; bytes32 partsHash; uint64 timestampSeconds; uint32 timestampNanos; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod CanonicalVote {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Vote { uint8 voteType; uint64 height; uint32 round; bytes32 blockHash; uint32 partsTotal; bytes32 partsHash; uint64 timestampSeconds; uint32 timestampNanos; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Vote {
        #[allow(missing_docs)]
        pub voteType: u8,
        #[allow(missing_docs)]
        pub height: u64,
        #[allow(missing_docs)]
        pub round: u32,
        #[allow(missing_docs)]
        pub blockHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub partsTotal: u32,
        #[allow(missing_docs)]
        pub partsHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub timestampSeconds: u64,
        #[allow(missing_docs)]
        pub timestampNanos: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            u64,
            u32,
            alloy::sol_types::private::FixedBytes<32>,
            u32,
            alloy::sol_types::private::FixedBytes<32>,
            u64,
            u32,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Vote> for UnderlyingRustTuple<'_> {
            fn from(value: Vote) -> Self {
                (
                    value.voteType,
                    value.height,
                    value.round,
                    value.blockHash,
                    value.partsTotal,
                    value.partsHash,
                    value.timestampSeconds,
                    value.timestampNanos,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Vote {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    voteType: tuple.0,
                    height: tuple.1,
                    round: tuple.2,
                    blockHash: tuple.3,
                    partsTotal: tuple.4,
                    partsHash: tuple.5,
                    timestampSeconds: tuple.6,
                    timestampNanos: tuple.7,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Vote {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Vote {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteType),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.height),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.round),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.blockHash),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.partsTotal),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.partsHash),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.timestampSeconds),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.timestampNanos),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Vote {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Vote {
            const NAME: &'static str = "Vote";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Vote(uint8 voteType,uint64 height,uint32 round,bytes32 blockHash,uint32 partsTotal,bytes32 partsHash,uint64 timestampSeconds,uint32 timestampNanos)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.voteType)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.height)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.round)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.blockHash)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.partsTotal)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.partsHash)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.timestampSeconds,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.timestampNanos,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Vote {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.voteType,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.height,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.round)
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.blockHash,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.partsTotal,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.partsHash,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.timestampSeconds,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.timestampNanos,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.voteType,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.height,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.round,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.blockHash,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.partsTotal,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.partsHash,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.timestampSeconds,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.timestampNanos,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`CanonicalVote`](self) contract instance.

See the [wrapper's documentation](`CanonicalVoteInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> CanonicalVoteInstance<P, N> {
        CanonicalVoteInstance::<P, N>::new(address, __provider)
    }
    /**A [`CanonicalVote`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`CanonicalVote`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct CanonicalVoteInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for CanonicalVoteInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("CanonicalVoteInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > CanonicalVoteInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`CanonicalVote`](self) contract instance.

See the [wrapper's documentation](`CanonicalVoteInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> CanonicalVoteInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> CanonicalVoteInstance<P, N> {
            CanonicalVoteInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > CanonicalVoteInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > CanonicalVoteInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library CanonicalVote {
    struct Vote {
        uint8 voteType;
        uint64 height;
        uint32 round;
        bytes32 blockHash;
        uint32 partsTotal;
        bytes32 partsHash;
        uint64 timestampSeconds;
        uint32 timestampNanos;
    }
}

interface EquivocationSlasher {
    error AlreadyCommitted(bytes32 commitment, uint256 blockNumber);
    error AlreadySlashed(bytes32 offence);
    error EvidenceFromTheFuture(uint64 voteTime, uint256 latest);
    error EvidenceTooOld(uint64 voteTime, uint256 oldest);
    error HighS(bytes32 s);
    error InvalidParams(uint256 slashBps, uint256 reporterBps, uint256 maxEvidenceAge);
    error InvalidReporter(address reporter);
    error InvalidSignatureLength(uint256 length);
    error KeyRetired(address signer, uint256 retiredAt);
    error MalformedChainId(uint256 length);
    error MalformedVote();
    error NotCommitted(bytes32 commitment);
    error NotConflicting();
    error NothingToSlash(uint256 id);
    error OwnableInvalidOwner(address owner);
    error OwnableUnauthorizedAccount(address account);
    error ReentrancyGuardReentrantCall();
    error RenounceDisabled();
    error RevealTooEarly(bytes32 commitment, uint256 blockNumber);
    error SafeERC20FailedOperation(address token);
    error SlashedRecently(uint256 id, uint256 until);
    error UnknownSigner();
    error ZeroAddress();

    event EquivocationSlashed(uint256 indexed id, address indexed signer, bytes32 indexed offence, uint64 height, uint32 round, uint8 voteType, uint256 amount, address reporter, uint256 reward);
    event EvidenceCommitted(bytes32 indexed commitment, uint256 blockNumber);
    event EvidenceRevealed(bytes32 indexed commitment, bytes32 indexed offence);
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event ParamsSet(uint256 slashBps, uint256 reporterBps, uint256 maxEvidenceAge);

    constructor(address locking, address governance, bytes chainId_, uint256 slashBps_, uint256 reporterBps_, uint256 maxEvidenceAge_);

    function LOCKING() external view returns (address);
    function MAX_CLOCK_DRIFT() external view returns (uint256);
    function MAX_REPORTER_BPS() external view returns (uint256);
    function MAX_SLASH_BPS() external view returns (uint256);
    function TOKEN() external view returns (address);
    function acceptOwnership() external;
    function chainId() external view returns (bytes memory);
    function commit(bytes32 commitment) external;
    function commitmentOf(bytes32 offence, address reporter, bytes32 salt) external pure returns (bytes32);
    function commitments(bytes32 commitment) external view returns (uint256 blockNumber);
    function lastSlashedAt(uint256 id) external view returns (uint256);
    function offenceKey(address signer, uint64 height, uint32 round, uint8 voteType) external pure returns (bytes32);
    function owner() external view returns (address);
    function params() external view returns (uint256 slashBps, uint256 reporterBps, uint256 maxEvidenceAge);
    function pendingOwner() external view returns (address);
    function renounceOwnership() external view;
    function reveal(CanonicalVote.Vote memory a, bytes memory sigA, CanonicalVote.Vote memory b, bytes memory sigB, address reporter, bytes32 salt) external returns (uint256 id, uint256 amount, uint256 reward);
    function setParams(uint256 slashBps_, uint256 reporterBps_, uint256 maxEvidenceAge_) external;
    function signerOf(CanonicalVote.Vote memory a, bytes memory sigA, CanonicalVote.Vote memory b, bytes memory sigB) external view returns (address signer);
    function slashed(bytes32 offence) external view returns (bool);
    function transferOwnership(address newOwner) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "locking",
        "type": "address",
        "internalType": "contract ISequencerLocking"
      },
      {
        "name": "governance",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "chainId_",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "slashBps_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reporterBps_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxEvidenceAge_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "LOCKING",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract ISequencerLocking"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_CLOCK_DRIFT",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_REPORTER_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_SLASH_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "TOKEN",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "acceptOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "chainId",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "commit",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "commitmentOf",
    "inputs": [
      {
        "name": "offence",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "reporter",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "commitments",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "blockNumber",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "lastSlashedAt",
    "inputs": [
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "offenceKey",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "height",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "round",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "voteType",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "owner",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "params",
    "inputs": [],
    "outputs": [
      {
        "name": "slashBps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reporterBps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxEvidenceAge",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pendingOwner",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reveal",
    "inputs": [
      {
        "name": "a",
        "type": "tuple",
        "internalType": "struct CanonicalVote.Vote",
        "components": [
          {
            "name": "voteType",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "height",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "round",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "blockHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "partsTotal",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "partsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "timestampSeconds",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "timestampNanos",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      },
      {
        "name": "sigA",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "b",
        "type": "tuple",
        "internalType": "struct CanonicalVote.Vote",
        "components": [
          {
            "name": "voteType",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "height",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "round",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "blockHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "partsTotal",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "partsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "timestampSeconds",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "timestampNanos",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      },
      {
        "name": "sigB",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "reporter",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reward",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setParams",
    "inputs": [
      {
        "name": "slashBps_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reporterBps_",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxEvidenceAge_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "signerOf",
    "inputs": [
      {
        "name": "a",
        "type": "tuple",
        "internalType": "struct CanonicalVote.Vote",
        "components": [
          {
            "name": "voteType",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "height",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "round",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "blockHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "partsTotal",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "partsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "timestampSeconds",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "timestampNanos",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      },
      {
        "name": "sigA",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "b",
        "type": "tuple",
        "internalType": "struct CanonicalVote.Vote",
        "components": [
          {
            "name": "voteType",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "height",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "round",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "blockHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "partsTotal",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "partsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "timestampSeconds",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "timestampNanos",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      },
      {
        "name": "sigB",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "slashed",
    "inputs": [
      {
        "name": "offence",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferOwnership",
    "inputs": [
      {
        "name": "newOwner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "EquivocationSlashed",
    "inputs": [
      {
        "name": "id",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "signer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "offence",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "height",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "round",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "voteType",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reporter",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "reward",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EvidenceCommitted",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EvidenceRevealed",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "offence",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferStarted",
    "inputs": [
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferred",
    "inputs": [
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParamsSet",
    "inputs": [
      {
        "name": "slashBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "reporterBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "maxEvidenceAge",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AlreadyCommitted",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadySlashed",
    "inputs": [
      {
        "name": "offence",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "EvidenceFromTheFuture",
    "inputs": [
      {
        "name": "voteTime",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "latest",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "EvidenceTooOld",
    "inputs": [
      {
        "name": "voteTime",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "oldest",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "HighS",
    "inputs": [
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidParams",
    "inputs": [
      {
        "name": "slashBps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reporterBps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxEvidenceAge",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidReporter",
    "inputs": [
      {
        "name": "reporter",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidSignatureLength",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "KeyRetired",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "retiredAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "MalformedChainId",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "MalformedVote",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotCommitted",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotConflicting",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NothingToSlash",
    "inputs": [
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "OwnableInvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "OwnableUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "RenounceDisabled",
    "inputs": []
  },
  {
    "type": "error",
    "name": "RevealTooEarly",
    "inputs": [
      {
        "name": "commitment",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "blockNumber",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SlashedRecently",
    "inputs": [
      {
        "name": "id",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "until",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownSigner",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": []
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod EquivocationSlasher {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60c060405234801561000f575f5ffd5b5060405161355938038061355983398101604081905261002e91610350565b846001600160a01b03811661005d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100668161015b565b506001600160a01b03861661008e5760405163d92e233d60e01b815260040160405180910390fd5b8351158061009d575060328451115b156100c0578351604051631e4365c760e11b815260040161005491815260200190565b6001600160a01b038616608081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa158015610108573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012c9190610444565b6001600160a01b031660a052600361014485826104ea565b50610150838383610177565b5050505050506105bb565b600180546001600160a01b0319169055610174816102d9565b50565b82158061018557506103e883115b80610191575061138882115b8061019a575080155b8061020557506080516001600160a01b0316630519da326040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101de573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061020291906105a4565b81115b156102345760405163065b6bfb60e41b8152600481018490526024810183905260448101829052606401610054565b604080516060808201835261ffff86811680845290861660208085018290526001600160401b0387169486018590526002805463ffffffff19169093176201000090920291909117600160201b600160601b03191664010000000090940293909317905582518681529182018590529181018390527fee5d147c6dd8b96e80762594bab87a5a80c4c7ec653bdb804933445386340b01910160405180910390a1505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610174575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f5f60c08789031215610365575f5ffd5b865161037081610328565b602088015190965061038181610328565b60408801519095506001600160401b0381111561039c575f5ffd5b8701601f810189136103ac575f5ffd5b80516001600160401b038111156103c5576103c561033c565b604051601f8201601f19908116603f011681016001600160401b03811182821017156103f3576103f361033c565b6040528181528282016020018b101561040a575f5ffd5b8160208401602083015e5f91810160200191909152606089015160808a015160a0909a0151989b979a509098909790969095509350505050565b5f60208284031215610454575f5ffd5b815161045f81610328565b9392505050565b600181811c9082168061047a57607f821691505b60208210810361049857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104e557805f5260205f20601f840160051c810160208510156104c35750805b601f840160051c820191505b818110156104e2575f81556001016104cf565b50505b505050565b81516001600160401b038111156105035761050361033c565b610517816105118454610466565b8461049e565b6020601f821160018114610549575f83156105325750848201515b5f19600385901b1c1916600184901b1784556104e2565b5f84815260208120601f198516915b828110156105785787850151825560209485019460019092019101610558565b508482101561059557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f602082840312156105b4575f5ffd5b5051919050565b60805160a051612f296106305f395f81816102b0015281816107d1015261088f01525f81816103240152818161050e0152818161060b015281816106a20152818161075e015281816107fd01528181610ca001528181610d9e01528181610fb70152818161171d01526122e90152612f295ff3fe608060405234801561000f575f5ffd5b506004361061016e575f3560e01c8063839df945116100d2578063cff0ab9611610088578063ea891be411610063578063ea891be4146103a6578063f14fcbc814610413578063f2fde38b14610426575f5ffd5b8063cff0ab9614610346578063d4af96d01461038c578063e30c397814610395575f5ffd5b80639a8a0592116100b85780639a8a059214610301578063bd4d75fd14610316578063cca5d6f01461031f575f5ffd5b8063839df945146102d25780638da5cb5b146102f1575f5ffd5b80635a0ce67611610127578063715018a61161010d578063715018a61461029b57806379ba5097146102a357806382bfefc8146102ab575f5ffd5b80635a0ce6761461025457806361b143df14610269575f5ffd5b8063189bf33d11610157578063189bf33d146101d057806331440f55146101fd5780633b96d71114610206575f5ffd5b806304abb85f1461017257806314fe4dc5146101a2575b5f5ffd5b610185610180366004612475565b610439565b6040516001600160a01b0390911681526020015b60405180910390f35b6101b56101b0366004612520565b6104dd565b60408051938452602084019290925290820152606001610199565b6101ef6101de3660046125d5565b60066020525f908152604090205481565b604051908152602001610199565b6101ef6103e881565b6101ef6102143660046125ec565b604080516020808201959095526001600160a01b039390931683820152606080840192909252805180840390920182526080909201909152805191012090565b610267610262366004612621565b6108cc565b005b61028b6102773660046125d5565b60046020525f908152604090205460ff1681565b6040519015158152602001610199565b6102676108e4565b61026761091e565b6101857f000000000000000000000000000000000000000000000000000000000000000081565b6101ef6102e03660046125d5565b60056020525f908152604090205481565b5f546001600160a01b0316610185565b61030961097b565b604051610199919061264a565b6101ef610e1081565b6101857f000000000000000000000000000000000000000000000000000000000000000081565b6040805160608101825260025461ffff8082168084526201000083049091166020840181905264010000000090920467ffffffffffffffff1692909301829052906101b5565b6101ef61138881565b6001546001600160a01b0316610185565b6101ef6103b43660046126be565b604080516001600160a01b038616602082015267ffffffffffffffff85169181019190915263ffffffff8316606082015260ff821660808201525f9060a001604051602081830303815290604052805190602001209050949350505050565b6102676104213660046125d5565b610a07565b610267610434366004612711565b610aa9565b5f6104d18787878787876003805461045090612733565b80601f016020809104026020016040519081016040528092919081815260200182805461047c90612733565b80156104c75780601f1061049e576101008083540402835291602001916104c7565b820191905f5260205f20905b8154815290600101906020018083116104aa57829003601f168201915b5050505050610b31565b50979650505050505050565b5f5f5f6104e8610e59565b6001600160a01b038516158061050657506001600160a01b03851630145b8061054257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b0316145b15610589576040517f10b59d530000000000000000000000000000000000000000000000000000000081526001600160a01b03861660048201526024015b60405180910390fd5b6105998b8b8b8b8b8b8b8b610e90565b6040517fb759e837000000000000000000000000000000000000000000000000000000008152600481018490526024810183905260606044820152600c60648201527f65717569766f636174696f6e0000000000000000000000000000000000000000608482015292955090935091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b759e8379060a4015f604051808303815f87803b158015610654575f5ffd5b505af1158015610666573d5f5f3e3d5ffd5b5060019250610673915050565b6040517feb02c301000000000000000000000000000000000000000000000000000000008152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eb02c301906024015f60405180830381865afa1580156106ee573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261071591908101906128ca565b60200151600481111561072a5761072a61277e565b036107be576040517f6966ee26000000000000000000000000000000000000000000000000000000008152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636966ee26906024015f604051808303815f87803b1580156107a7575f5ffd5b505af11580156107b9573d5f5f3e3d5ffd5b505050505b80156107f8576107f86001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168683610ecf565b6108b67f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015610857573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061087b91906129a6565b61088583856129ee565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190610ecf565b6108be610f1d565b985098509895505050505050565b6108d4610f47565b6108df838383610f8c565b505050565b6108ec610f47565b6040517f8905116500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60015433906001600160a01b0316811461096f576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610580565b61097881611156565b50565b6003805461098890612733565b80601f01602080910402602001604051908101604052809291908181526020018280546109b490612733565b80156109ff5780601f106109d6576101008083540402835291602001916109ff565b820191905f5260205f20905b8154815290600101906020018083116109e257829003601f168201915b505050505081565b5f818152600560205260409020548015610a57576040517fa023ace00000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610580565b5f82815260056020526040908190204390819055905183917fc75ad9276ab527b45085ee3344ed4f7ad0fb91151c308b17b8b8221f52be61ef91610a9d91815260200190565b60405180910390a25050565b610ab1610f47565b600180546001600160a01b0383167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155610af95f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f808080610ba46002610b52610b4c368f90038f018f612a01565b88611187565b604051610b5f9190612aae565b602060405180830381855afa158015610b7a573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610b9d9190612ab9565b8b8b611372565b90925090505f80610c1a6002610bc8610bc2368e90038e018e612a01565b8a611187565b604051610bd59190612aae565b602060405180830381855afa158015610bf0573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610c139190612ab9565b8a8a611372565b90925090506001600160a01b03841615801590610c635750816001600160a01b0316846001600160a01b03161480610c635750806001600160a01b0316846001600160a01b0316145b15610d1d576040517f1e08515d0000000000000000000000000000000000000000000000000000000081526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690631e08515d90602401602060405180830381865afa158015610ce5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d099190612ab9565b94508415610d1d5783955050505050610e4d565b6001600160a01b03831615801590610d615750816001600160a01b0316836001600160a01b03161480610d615750806001600160a01b0316836001600160a01b0316145b15610e1b576040517f1e08515d0000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690631e08515d90602401602060405180830381865afa158015610de3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e079190612ab9565b94508415610e1b5782955050505050610e4d565b6040517f5e4b9f7500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b97509795505050505050565b610e616114ff565b610e8e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611558565b565b5f5f5f5f5f610ea38d8d8d8d8d8d61155f565b9096509092509050610eb98d8387848b8b6118a7565b959e909d50949b50939950505050505050505050565b610edc83838360016119fa565b6108df576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610580565b610e8e5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610e88565b5f546001600160a01b03163314610e8e576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610580565b821580610f9a57506103e883115b80610fa6575061138882115b80610faf575080155b8061103857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630519da326040518163ffffffff1660e01b8152600401602060405180830381865afa158015611011573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110359190612ab9565b81115b15611080576040517f65b6bfb0000000000000000000000000000000000000000000000000000000008152600481018490526024810183905260448101829052606401610580565b604080516060808201835261ffff868116808452908616602080850182905267ffffffffffffffff8716948601859052600280547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001690931762010000909202919091177fffffffffffffffffffffffffffffffffffffffff0000000000000000ffffffff1664010000000090940293909317905582518681529182018590529181018390527fee5d147c6dd8b96e80762594bab87a5a80c4c7ec653bdb804933445386340b01910160405180910390a1505050565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561097881611a75565b606061119283611adc565b815115806111a1575060328251115b156111dd5781516040517f3c86cb8e00000000000000000000000000000000000000000000000000000000815260040161058091815260200190565b825160208401515f917f0800000000000000000000000000000000000000000000000000000000000000917f11000000000000000000000000000000000000000000000000000000000000009061123390611c16565b604088015163ffffffff16156112c557601960f81b61125b896040015163ffffffff16611c16565b6040517fff0000000000000000000000000000000000000000000000000000000000000090921660208301527fffffffffffffffff0000000000000000000000000000000000000000000000001660218201526029016040516020818303038152906040526112d5565b60405180602001604052805f8152505b6112de89611c65565b6112f08a60c001518b60e00151611e14565b895160405161132c98979695949392917f3200000000000000000000000000000000000000000000000000000000000000918d90602001612ad0565b60405160208183030381529060405290506113478151611f59565b81604051602001611359929190612bfe565b6040516020818303038152906040529150505b92915050565b5f80604083146113b1576040517f2c33b56800000000000000000000000000000000000000000000000000000000815260048101849052602401610580565b5f6113bf6020828688612c1a565b6113c891612c41565b90505f6113d88560208189612c1a565b6113e191612c41565b90507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115611440576040517f15f2fa1a00000000000000000000000000000000000000000000000000000000815260048101829052602401610580565b604080515f815260208101808352899052601b91810191909152606081018390526080810182905260019060a0016020604051602081039080840390855afa15801561148e573d5f5f3e3d5ffd5b505060408051601f198101515f8252602082018084528b9052601c92820192909252606081018590526080810184905290915060019060a0016020604051602081039080840390855afa1580156114e7573d5f5f3e3d5ffd5b50505060206040510351935093505050935093915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610e8e576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f808061156f6020870187612c5e565b60ff1661157f60208b018b612c5e565b60ff161415806115c1575061159a6040870160208801612c77565b67ffffffffffffffff166115b460408b0160208c01612c77565b67ffffffffffffffff1614155b806115f657506115d76060870160408801612c90565b63ffffffff166115ed60608b0160408c01612c90565b63ffffffff1614155b8061164f57508560600135896060013514801561163c575061161e60a0870160808801612c90565b63ffffffff1661163460a08b0160808c01612c90565b63ffffffff16145b801561164f57508560a001358960a00135145b15611686576040517f813d59df00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600254640100000000900467ffffffffffffffff166116b46116ae60e08c0160c08d01612c77565b8261203c565b6116c76116ae60e0890160c08a01612c77565b6116dd8a8a8a8a8a8a6003805461045090612733565b6040517f569c0afe0000000000000000000000000000000000000000000000000000000081526001600160a01b0380841660048301529296509094505f917f0000000000000000000000000000000000000000000000000000000000000000169063569c0afe90602401602060405180830381865afa158015611762573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117869190612ab9565b9050801580159061179f575061179c8282612ca9565b42115b156117e8576040517f6cb3b0450000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015260248101829052604401610580565b611821856117fc60408e0160208f01612c77565b8d604001602081019061180f9190612c90565b8e5f0160208101906103b49190612c5e565b5f8181526004602052604090205490935060ff161561186f576040517f16e5043d00000000000000000000000000000000000000000000000000000000815260048101849052602401610580565b6118998461188360e08e0160c08f01612c77565b61189360e08c0160c08d01612c77565b8561211b565b505096509650969350505050565b6040805160208082018690526001600160a01b03851682840152606080830185905283518084039091018152608090920190925280519101205f9081906118ee90866121b1565b6118f78661227e565b909250905061194786865f90815260046020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790559282526006905220429055565b846001600160a01b038816877f59500973d2159914abd372a61f6768821f96210275a28364696c64a18e8d0b7561198460408d0160208e01612c77565b61199460608e0160408f01612c90565b6119a160208f018f612c5e565b6040805167ffffffffffffffff909416845263ffffffff909216602084015260ff1690820152606081018790526001600160a01b038916608082015260a0810186905260c00160405180910390a4965096945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611a69578383151615611a5d573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60608101515f90158015611af85750608082015163ffffffff16155b8015611b06575060a0820151155b60608301519091505f9015801590611b275750608083015163ffffffff1615155b8015611b36575060a083015115155b9050825f015160ff16600114158015611b565750825f015160ff16600214155b80611b6d5750602083015167ffffffffffffffff16155b80611b975750677fffffffffffffff67ffffffffffffffff16836020015167ffffffffffffffff16115b80611bb55750637fffffff63ffffffff16836040015163ffffffff16115b80611bc657508180611bc45750805b155b80611bdf5750633b9aca008360e0015163ffffffff1610155b156108df576040517fb425a7d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f5b6008811015611c5b57611c2e816008612cbc565b8467ffffffffffffffff16901c60ff1660088367ffffffffffffffff16901b179150806001019050611c1a565b5060c01b92915050565b6060816080015163ffffffff165f03611c8b57505060408051602081019091525f815290565b5f611c9f836080015163ffffffff16611f59565b60a08401516040519192505f91611d21917f08000000000000000000000000000000000000000000000000000000000000009185917f1200000000000000000000000000000000000000000000000000000000000000917f20000000000000000000000000000000000000000000000000000000000000009190602001612cd3565b60408051601f1981840301815290829052606086015181519193505f92611db4927f0a00000000000000000000000000000000000000000000000000000000000000927f20000000000000000000000000000000000000000000000000000000000000009290917f1200000000000000000000000000000000000000000000000000000000000000918890602001612d45565b60408051601f19818403018152908290528051909250611dfb917f220000000000000000000000000000000000000000000000000000000000000091908490602001612e05565b6040516020818303038152906040529350505050919050565b60605f67ffffffffffffffff841615611e80577f0800000000000000000000000000000000000000000000000000000000000000611e5b67ffffffffffffffff8616611f59565b604051602001611e6c929190612e6c565b604051602081830303815290604052611e90565b60405180602001604052805f8152505b63ffffffff841615611ef1577f1000000000000000000000000000000000000000000000000000000000000000611ecc63ffffffff8616611f59565b604051602001611edd929190612e6c565b604051602081830303815290604052611f01565b60405180602001604052805f8152505b604051602001611f12929190612bfe565b60408051601f19818403018152908290528051909250611359917f2a0000000000000000000000000000000000000000000000000000000000000091908490602001612e05565b60408051600a8082528183019092526060916020820181803683370190505090505f5b60808310611fe5576080607f84161760f81b8282611f9981612e9f565b935081518110611fab57611fab612eb7565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a905350600783901c9250611f7c565b8260f81b828280611ff590612e9f565b93508151811061200757612007612eb7565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053508152919050565b5f81421161204a575f612054565b61205482426129ee565b9050808367ffffffffffffffff1610156120ad576040517fdf54fdcd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260248101829052604401610580565b6120b9610e1042612ca9565b8367ffffffffffffffff1611156108df57826120d7610e1042612ca9565b6040517fc8b9b28b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90921660048301526024820152604401610580565b5f8481526006602052604090205480156121aa575f61213a8383612ca9565b9050804210806121535750808567ffffffffffffffff16105b806121675750808467ffffffffffffffff16105b156121a8576040517f5c4a44830000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604401610580565b505b5050505050565b5f82815260056020526040812054908190036121fc576040517f4ebe8a4d00000000000000000000000000000000000000000000000000000000815260048101849052602401610580565b43811061223f576040517f32d269f40000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610580565b5f8381526005602052604080822082905551839185917fbb69a308532800eb9b014d59834c55aa345ac65e92cbf61ff111508c69106e569190a3505050565b6040805160608101825260025461ffff8082168352620100008204166020830152640100000000900467ffffffffffffffff168183015290517feb02c301000000000000000000000000000000000000000000000000000000008152600481018390525f91829182907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eb02c301906024015f60405180830381865afa158015612335573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261235c91908101906128ca565b9050612710825f015161ffff168260a00151836080015161237d9190612ca9565b6123879190612cbc565b6123919190612ee4565b93506004816020015160048111156123ab576123ab61277e565b14806123b5575083155b156123ef576040517f9bdb1abe00000000000000000000000000000000000000000000000000000000815260048101869052602401610580565b612710826020015161ffff16856124069190612cbc565b6124109190612ee4565b92505050915091565b5f610100828403121561242a575f5ffd5b50919050565b5f5f83601f840112612440575f5ffd5b50813567ffffffffffffffff811115612457575f5ffd5b60208301915083602082850101111561246e575f5ffd5b9250929050565b5f5f5f5f5f5f610240878903121561248b575f5ffd5b6124958888612419565b955061010087013567ffffffffffffffff8111156124b1575f5ffd5b6124bd89828a01612430565b90965094506124d29050886101208901612419565b925061022087013567ffffffffffffffff8111156124ee575f5ffd5b6124fa89828a01612430565b979a9699509497509295939492505050565b6001600160a01b0381168114610978575f5ffd5b5f5f5f5f5f5f5f5f610280898b031215612538575f5ffd5b6125428a8a612419565b975061010089013567ffffffffffffffff81111561255e575f5ffd5b61256a8b828c01612430565b909850965061257f90508a6101208b01612419565b945061022089013567ffffffffffffffff81111561259b575f5ffd5b6125a78b828c01612430565b9095509350506102408901356125bc8161250c565b979a969950949793969295919450919261026001359150565b5f602082840312156125e5575f5ffd5b5035919050565b5f5f5f606084860312156125fe575f5ffd5b8335925060208401356126108161250c565b929592945050506040919091013590565b5f5f5f60608486031215612633575f5ffd5b505081359360208301359350604090920135919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b803567ffffffffffffffff81168114612696575f5ffd5b919050565b803563ffffffff81168114612696575f5ffd5b803560ff81168114612696575f5ffd5b5f5f5f5f608085870312156126d1575f5ffd5b84356126dc8161250c565b93506126ea6020860161267f565b92506126f86040860161269b565b9150612706606086016126ae565b905092959194509250565b5f60208284031215612721575f5ffd5b813561272c8161250c565b9392505050565b600181811c9082168061274757607f821691505b60208210810361242a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610120810167ffffffffffffffff811182821017156127fc576127fc6127ab565b60405290565b604051610100810167ffffffffffffffff811182821017156127fc576127fc6127ab565b80516126968161250c565b805160058110612696575f5ffd5b5f82601f83011261284e575f5ffd5b815167ffffffffffffffff811115612868576128686127ab565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715612897576128976127ab565b6040528181528382016020018510156128ae575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f602082840312156128da575f5ffd5b815167ffffffffffffffff8111156128f0575f5ffd5b82016101208185031215612902575f5ffd5b61290a6127d8565b61291382612826565b815261292160208301612831565b602082015261293260408301612826565b6040820152606082015167ffffffffffffffff811115612950575f5ffd5b61295c8682850161283f565b6060830152506080828101519082015260a0808301519082015260c0808301519082015261298c60e08301612826565b60e082015261010091820151918101919091529392505050565b5f602082840312156129b6575f5ffd5b815161272c8161250c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561136c5761136c6129c1565b5f610100828403128015612a13575f5ffd5b50612a1c612802565b612a25836126ae565b8152612a336020840161267f565b6020820152612a446040840161269b565b604082015260608381013590820152612a5f6080840161269b565b608082015260a08381013590820152612a7a60c0840161267f565b60c0820152612a8b60e0840161269b565b60e08201529392505050565b5f81518060208401855e5f93019283525090919050565b5f61272c8284612a97565b5f60208284031215612ac9575f5ffd5b5051919050565b7fff000000000000000000000000000000000000000000000000000000000000008b1681527fff000000000000000000000000000000000000000000000000000000000000008a60f81b1660018201527fff00000000000000000000000000000000000000000000000000000000000000891660028201527fffffffffffffffff000000000000000000000000000000000000000000000000881660038201525f612b90612b8a612b84600b85018b612a97565b89612a97565b87612a97565b7fff00000000000000000000000000000000000000000000000000000000000000861681527fff000000000000000000000000000000000000000000000000000000000000008560f81b166001820152612bed6002820185612a97565b9d9c50505050505050505050505050565b5f612c12612c0c8386612a97565b84612a97565b949350505050565b5f5f85851115612c28575f5ffd5b83861115612c34575f5ffd5b5050820193919092039150565b8035602083101561136c575f19602084900360031b1b1692915050565b5f60208284031215612c6e575f5ffd5b61272c826126ae565b5f60208284031215612c87575f5ffd5b61272c8261267f565b5f60208284031215612ca0575f5ffd5b61272c8261269b565b8082018082111561136c5761136c6129c1565b808202811582820484141761136c5761136c6129c1565b7fff00000000000000000000000000000000000000000000000000000000000000861681525f612d066001830187612a97565b7fff0000000000000000000000000000000000000000000000000000000000000095861681529390941660018401525060028201526022019392505050565b7fff00000000000000000000000000000000000000000000000000000000000000871681527fff00000000000000000000000000000000000000000000000000000000000000861660018201528460028201527fff00000000000000000000000000000000000000000000000000000000000000841660228201527fff000000000000000000000000000000000000000000000000000000000000008360f81b1660238201525f612df96024830184612a97565b98975050505050505050565b7fff00000000000000000000000000000000000000000000000000000000000000841681527fff000000000000000000000000000000000000000000000000000000000000008360f81b1660018201525f612e636002830184612a97565b95945050505050565b7fff00000000000000000000000000000000000000000000000000000000000000831681525f612c126001830184612a97565b5f5f198203612eb057612eb06129c1565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82612f17577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xC0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa5Y8\x03\x80a5Y\x839\x81\x01`@\x81\x90Ra\0.\x91a\x03PV[\x84`\x01`\x01`\xA0\x1B\x03\x81\x16a\0]W`@Qc\x1EO\xBD\xF7`\xE0\x1B\x81R_`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\0f\x81a\x01[V[P`\x01`\x01`\xA0\x1B\x03\x86\x16a\0\x8EW`@Qc\xD9.#=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x83Q\x15\x80a\0\x9DWP`2\x84Q\x11[\x15a\0\xC0W\x83Q`@Qc\x1ECe\xC7`\xE1\x1B\x81R`\x04\x01a\0T\x91\x81R` \x01\x90V[`\x01`\x01`\xA0\x1B\x03\x86\x16`\x80\x81\x90R`@\x80Qc~\x06*5`\xE1\x1B\x81R\x90Qc\xFC\x0CTj\x91`\x04\x80\x82\x01\x92` \x92\x90\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x01\x08W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x01,\x91\x90a\x04DV[`\x01`\x01`\xA0\x1B\x03\x16`\xA0R`\x03a\x01D\x85\x82a\x04\xEAV[Pa\x01P\x83\x83\x83a\x01wV[PPPPPPa\x05\xBBV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90Ua\x01t\x81a\x02\xD9V[PV[\x82\x15\x80a\x01\x85WPa\x03\xE8\x83\x11[\x80a\x01\x91WPa\x13\x88\x82\x11[\x80a\x01\x9AWP\x80\x15[\x80a\x02\x05WP`\x80Q`\x01`\x01`\xA0\x1B\x03\x16c\x05\x19\xDA2`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x01\xDEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x02\x91\x90a\x05\xA4V[\x81\x11[\x15a\x024W`@Qc\x06[k\xFB`\xE4\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\0TV[`@\x80Q``\x80\x82\x01\x83Ra\xFF\xFF\x86\x81\x16\x80\x84R\x90\x86\x16` \x80\x85\x01\x82\x90R`\x01`\x01`@\x1B\x03\x87\x16\x94\x86\x01\x85\x90R`\x02\x80Tc\xFF\xFF\xFF\xFF\x19\x16\x90\x93\x17b\x01\0\0\x90\x92\x02\x91\x90\x91\x17`\x01` \x1B`\x01``\x1B\x03\x19\x16d\x01\0\0\0\0\x90\x94\x02\x93\x90\x93\x17\x90U\x82Q\x86\x81R\x91\x82\x01\x85\x90R\x91\x81\x01\x83\x90R\x7F\xEE]\x14|m\xD8\xB9n\x80v%\x94\xBA\xB8zZ\x80\xC4\xC7\xECe;\xDB\x80I3DS\x864\x0B\x01\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01tW__\xFD[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[______`\xC0\x87\x89\x03\x12\x15a\x03eW__\xFD[\x86Qa\x03p\x81a\x03(V[` \x88\x01Q\x90\x96Pa\x03\x81\x81a\x03(V[`@\x88\x01Q\x90\x95P`\x01`\x01`@\x1B\x03\x81\x11\x15a\x03\x9CW__\xFD[\x87\x01`\x1F\x81\x01\x89\x13a\x03\xACW__\xFD[\x80Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x03\xC5Wa\x03\xC5a\x03<V[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x03\xF3Wa\x03\xF3a\x03<V[`@R\x81\x81R\x82\x82\x01` \x01\x8B\x10\x15a\x04\nW__\xFD[\x81` \x84\x01` \x83\x01^_\x91\x81\x01` \x01\x91\x90\x91R``\x89\x01Q`\x80\x8A\x01Q`\xA0\x90\x9A\x01Q\x98\x9B\x97\x9AP\x90\x98\x90\x97\x90\x96\x90\x95P\x93PPPPV[_` \x82\x84\x03\x12\x15a\x04TW__\xFD[\x81Qa\x04_\x81a\x03(V[\x93\x92PPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x04zW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x04\x98WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x04\xE5W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x04\xC3WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x04\xE2W_\x81U`\x01\x01a\x04\xCFV[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x05\x03Wa\x05\x03a\x03<V[a\x05\x17\x81a\x05\x11\x84Ta\x04fV[\x84a\x04\x9EV[` `\x1F\x82\x11`\x01\x81\x14a\x05IW_\x83\x15a\x052WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x04\xE2V[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\x05xW\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x05XV[P\x84\x82\x10\x15a\x05\x95W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[_` \x82\x84\x03\x12\x15a\x05\xB4W__\xFD[PQ\x91\x90PV[`\x80Q`\xA0Qa/)a\x060_9_\x81\x81a\x02\xB0\x01R\x81\x81a\x07\xD1\x01Ra\x08\x8F\x01R_\x81\x81a\x03$\x01R\x81\x81a\x05\x0E\x01R\x81\x81a\x06\x0B\x01R\x81\x81a\x06\xA2\x01R\x81\x81a\x07^\x01R\x81\x81a\x07\xFD\x01R\x81\x81a\x0C\xA0\x01R\x81\x81a\r\x9E\x01R\x81\x81a\x0F\xB7\x01R\x81\x81a\x17\x1D\x01Ra\"\xE9\x01Ra/)_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01nW_5`\xE0\x1C\x80c\x83\x9D\xF9E\x11a\0\xD2W\x80c\xCF\xF0\xAB\x96\x11a\0\x88W\x80c\xEA\x89\x1B\xE4\x11a\0cW\x80c\xEA\x89\x1B\xE4\x14a\x03\xA6W\x80c\xF1O\xCB\xC8\x14a\x04\x13W\x80c\xF2\xFD\xE3\x8B\x14a\x04&W__\xFD[\x80c\xCF\xF0\xAB\x96\x14a\x03FW\x80c\xD4\xAF\x96\xD0\x14a\x03\x8CW\x80c\xE3\x0C9x\x14a\x03\x95W__\xFD[\x80c\x9A\x8A\x05\x92\x11a\0\xB8W\x80c\x9A\x8A\x05\x92\x14a\x03\x01W\x80c\xBDMu\xFD\x14a\x03\x16W\x80c\xCC\xA5\xD6\xF0\x14a\x03\x1FW__\xFD[\x80c\x83\x9D\xF9E\x14a\x02\xD2W\x80c\x8D\xA5\xCB[\x14a\x02\xF1W__\xFD[\x80cZ\x0C\xE6v\x11a\x01'W\x80cqP\x18\xA6\x11a\x01\rW\x80cqP\x18\xA6\x14a\x02\x9BW\x80cy\xBAP\x97\x14a\x02\xA3W\x80c\x82\xBF\xEF\xC8\x14a\x02\xABW__\xFD[\x80cZ\x0C\xE6v\x14a\x02TW\x80ca\xB1C\xDF\x14a\x02iW__\xFD[\x80c\x18\x9B\xF3=\x11a\x01WW\x80c\x18\x9B\xF3=\x14a\x01\xD0W\x80c1D\x0FU\x14a\x01\xFDW\x80c;\x96\xD7\x11\x14a\x02\x06W__\xFD[\x80c\x04\xAB\xB8_\x14a\x01rW\x80c\x14\xFEM\xC5\x14a\x01\xA2W[__\xFD[a\x01\x85a\x01\x806`\x04a$uV[a\x049V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xB5a\x01\xB06`\x04a% V[a\x04\xDDV[`@\x80Q\x93\x84R` \x84\x01\x92\x90\x92R\x90\x82\x01R``\x01a\x01\x99V[a\x01\xEFa\x01\xDE6`\x04a%\xD5V[`\x06` R_\x90\x81R`@\x90 T\x81V[`@Q\x90\x81R` \x01a\x01\x99V[a\x01\xEFa\x03\xE8\x81V[a\x01\xEFa\x02\x146`\x04a%\xECV[`@\x80Q` \x80\x82\x01\x95\x90\x95R`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x83\x82\x01R``\x80\x84\x01\x92\x90\x92R\x80Q\x80\x84\x03\x90\x92\x01\x82R`\x80\x90\x92\x01\x90\x91R\x80Q\x91\x01 \x90V[a\x02ga\x02b6`\x04a&!V[a\x08\xCCV[\0[a\x02\x8Ba\x02w6`\x04a%\xD5V[`\x04` R_\x90\x81R`@\x90 T`\xFF\x16\x81V[`@Q\x90\x15\x15\x81R` \x01a\x01\x99V[a\x02ga\x08\xE4V[a\x02ga\t\x1EV[a\x01\x85\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x01\xEFa\x02\xE06`\x04a%\xD5V[`\x05` R_\x90\x81R`@\x90 T\x81V[_T`\x01`\x01`\xA0\x1B\x03\x16a\x01\x85V[a\x03\ta\t{V[`@Qa\x01\x99\x91\x90a&JV[a\x01\xEFa\x0E\x10\x81V[a\x01\x85\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@\x80Q``\x81\x01\x82R`\x02Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x90\x91\x16` \x84\x01\x81\x90Rd\x01\0\0\0\0\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x90\x93\x01\x82\x90R\x90a\x01\xB5V[a\x01\xEFa\x13\x88\x81V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x01\x85V[a\x01\xEFa\x03\xB46`\x04a&\xBEV[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x86\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x83\x16``\x82\x01R`\xFF\x82\x16`\x80\x82\x01R_\x90`\xA0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[a\x02ga\x04!6`\x04a%\xD5V[a\n\x07V[a\x02ga\x0446`\x04a'\x11V[a\n\xA9V[_a\x04\xD1\x87\x87\x87\x87\x87\x87`\x03\x80Ta\x04P\x90a'3V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x04|\x90a'3V[\x80\x15a\x04\xC7W\x80`\x1F\x10a\x04\x9EWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x04\xC7V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x04\xAAW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPPa\x0B1V[P\x97\x96PPPPPPPV[___a\x04\xE8a\x0EYV[`\x01`\x01`\xA0\x1B\x03\x85\x16\x15\x80a\x05\x06WP`\x01`\x01`\xA0\x1B\x03\x85\x160\x14[\x80a\x05BWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x05\x89W`@Q\x7F\x10\xB5\x9DS\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\x05\x99\x8B\x8B\x8B\x8B\x8B\x8B\x8B\x8Ba\x0E\x90V[`@Q\x7F\xB7Y\xE87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R```D\x82\x01R`\x0C`d\x82\x01R\x7Fequivocation\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x84\x82\x01R\x92\x95P\x90\x93P\x91P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xB7Y\xE87\x90`\xA4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x06TW__\xFD[PZ\xF1\x15\x80\x15a\x06fW=__>=_\xFD[P`\x01\x92Pa\x06s\x91PPV[`@Q\x7F\xEB\x02\xC3\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xEB\x02\xC3\x01\x90`$\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x06\xEEW=__>=_\xFD[PPPP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra\x07\x15\x91\x90\x81\x01\x90a(\xCAV[` \x01Q`\x04\x81\x11\x15a\x07*Wa\x07*a'~V[\x03a\x07\xBEW`@Q\x7Fif\xEE&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cif\xEE&\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x07\xA7W__\xFD[PZ\xF1\x15\x80\x15a\x07\xB9W=__>=_\xFD[PPPP[\x80\x15a\x07\xF8Wa\x07\xF8`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x86\x83a\x0E\xCFV[a\x08\xB6\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x08WW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x08{\x91\x90a)\xA6V[a\x08\x85\x83\x85a)\xEEV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90a\x0E\xCFV[a\x08\xBEa\x0F\x1DV[\x98P\x98P\x98\x95PPPPPPV[a\x08\xD4a\x0FGV[a\x08\xDF\x83\x83\x83a\x0F\x8CV[PPPV[a\x08\xECa\x0FGV[`@Q\x7F\x89\x05\x11e\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01T3\x90`\x01`\x01`\xA0\x1B\x03\x16\x81\x14a\toW`@Q\x7F\x11\x8C\xDA\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x05\x80V[a\tx\x81a\x11VV[PV[`\x03\x80Ta\t\x88\x90a'3V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\t\xB4\x90a'3V[\x80\x15a\t\xFFW\x80`\x1F\x10a\t\xD6Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\t\xFFV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\t\xE2W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81V[_\x81\x81R`\x05` R`@\x90 T\x80\x15a\nWW`@Q\x7F\xA0#\xAC\xE0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[_\x82\x81R`\x05` R`@\x90\x81\x90 C\x90\x81\x90U\x90Q\x83\x91\x7F\xC7Z\xD9'j\xB5'\xB4P\x85\xEE3D\xEDOz\xD0\xFB\x91\x15\x1C0\x8B\x17\xB8\xB8\"\x1FR\xBEa\xEF\x91a\n\x9D\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPV[a\n\xB1a\x0FGV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x83\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x81\x17\x90\x91Ua\n\xF9_T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x7F8\xD1k\x8C\xAC\"\xD9\x9F\xC7\xC1$\xB9\xCD\r\xE2\xD3\xFA\x1F\xAE\xF4 \xBF\xE7\x91\xD8\xC3b\xD7e\xE2'\0`@Q`@Q\x80\x91\x03\x90\xA3PV[_\x80\x80\x80a\x0B\xA4`\x02a\x0BRa\x0BL6\x8F\x90\x03\x8F\x01\x8Fa*\x01V[\x88a\x11\x87V[`@Qa\x0B_\x91\x90a*\xAEV[` `@Q\x80\x83\x03\x81\x85Z\xFA\x15\x80\x15a\x0BzW=__>=_\xFD[PPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0B\x9D\x91\x90a*\xB9V[\x8B\x8Ba\x13rV[\x90\x92P\x90P_\x80a\x0C\x1A`\x02a\x0B\xC8a\x0B\xC26\x8E\x90\x03\x8E\x01\x8Ea*\x01V[\x8Aa\x11\x87V[`@Qa\x0B\xD5\x91\x90a*\xAEV[` `@Q\x80\x83\x03\x81\x85Z\xFA\x15\x80\x15a\x0B\xF0W=__>=_\xFD[PPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0C\x13\x91\x90a*\xB9V[\x8A\x8Aa\x13rV[\x90\x92P\x90P`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x80\x15\x90a\x0CcWP\x81`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x0CcWP\x80`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\r\x1DW`@Q\x7F\x1E\x08Q]\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x1E\x08Q]\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0C\xE5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\r\t\x91\x90a*\xB9V[\x94P\x84\x15a\r\x1DW\x83\x95PPPPPa\x0EMV[`\x01`\x01`\xA0\x1B\x03\x83\x16\x15\x80\x15\x90a\raWP\x81`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\raWP\x80`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x0E\x1BW`@Q\x7F\x1E\x08Q]\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x1E\x08Q]\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xE3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x07\x91\x90a*\xB9V[\x94P\x84\x15a\x0E\x1BW\x82\x95PPPPPa\x0EMV[`@Q\x7F^K\x9Fu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x97P\x97\x95PPPPPPV[a\x0Eaa\x14\xFFV[a\x0E\x8E`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a\x15XV[V[_____a\x0E\xA3\x8D\x8D\x8D\x8D\x8D\x8Da\x15_V[\x90\x96P\x90\x92P\x90Pa\x0E\xB9\x8D\x83\x87\x84\x8B\x8Ba\x18\xA7V[\x95\x9E\x90\x9DP\x94\x9BP\x93\x99PPPPPPPPPPV[a\x0E\xDC\x83\x83\x83`\x01a\x19\xFAV[a\x08\xDFW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x05\x80V[a\x0E\x8E_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x0E\x88V[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0E\x8EW`@Q\x7F\x11\x8C\xDA\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x05\x80V[\x82\x15\x80a\x0F\x9AWPa\x03\xE8\x83\x11[\x80a\x0F\xA6WPa\x13\x88\x82\x11[\x80a\x0F\xAFWP\x80\x15[\x80a\x108WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x05\x19\xDA2`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x10\x11W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x105\x91\x90a*\xB9V[\x81\x11[\x15a\x10\x80W`@Q\x7Fe\xB6\xBF\xB0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x05\x80V[`@\x80Q``\x80\x82\x01\x83Ra\xFF\xFF\x86\x81\x16\x80\x84R\x90\x86\x16` \x80\x85\x01\x82\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x94\x86\x01\x85\x90R`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x90\x93\x17b\x01\0\0\x90\x92\x02\x91\x90\x91\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\x16d\x01\0\0\0\0\x90\x94\x02\x93\x90\x93\x17\x90U\x82Q\x86\x81R\x91\x82\x01\x85\x90R\x91\x81\x01\x83\x90R\x7F\xEE]\x14|m\xD8\xB9n\x80v%\x94\xBA\xB8zZ\x80\xC4\xC7\xECe;\xDB\x80I3DS\x864\x0B\x01\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90Ua\tx\x81a\x1AuV[``a\x11\x92\x83a\x1A\xDCV[\x81Q\x15\x80a\x11\xA1WP`2\x82Q\x11[\x15a\x11\xDDW\x81Q`@Q\x7F<\x86\xCB\x8E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05\x80\x91\x81R` \x01\x90V[\x82Q` \x84\x01Q_\x91\x7F\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x7F\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90a\x123\x90a\x1C\x16V[`@\x88\x01Qc\xFF\xFF\xFF\xFF\x16\x15a\x12\xC5W`\x19`\xF8\x1Ba\x12[\x89`@\x01Qc\xFF\xFF\xFF\xFF\x16a\x1C\x16V[`@Q\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x16` \x83\x01R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`!\x82\x01R`)\x01`@Q` \x81\x83\x03\x03\x81R\x90`@Ra\x12\xD5V[`@Q\x80` \x01`@R\x80_\x81RP[a\x12\xDE\x89a\x1CeV[a\x12\xF0\x8A`\xC0\x01Q\x8B`\xE0\x01Qa\x1E\x14V[\x89Q`@Qa\x13,\x98\x97\x96\x95\x94\x93\x92\x91\x7F2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x8D\x90` \x01a*\xD0V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x90Pa\x13G\x81Qa\x1FYV[\x81`@Q` \x01a\x13Y\x92\x91\x90a+\xFEV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91PP[\x92\x91PPV[_\x80`@\x83\x14a\x13\xB1W`@Q\x7F,3\xB5h\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x80V[_a\x13\xBF` \x82\x86\x88a,\x1AV[a\x13\xC8\x91a,AV[\x90P_a\x13\xD8\x85` \x81\x89a,\x1AV[a\x13\xE1\x91a,AV[\x90P\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x81\x11\x15a\x14@W`@Q\x7F\x15\xF2\xFA\x1A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x05\x80V[`@\x80Q_\x81R` \x81\x01\x80\x83R\x89\x90R`\x1B\x91\x81\x01\x91\x90\x91R``\x81\x01\x83\x90R`\x80\x81\x01\x82\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x14\x8EW=__>=_\xFD[PP`@\x80Q`\x1F\x19\x81\x01Q_\x82R` \x82\x01\x80\x84R\x8B\x90R`\x1C\x92\x82\x01\x92\x90\x92R``\x81\x01\x85\x90R`\x80\x81\x01\x84\x90R\x90\x91P`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x14\xE7W=__>=_\xFD[PPP` `@Q\x03Q\x93P\x93PPP\x93P\x93\x91PPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x0E\x8EW`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_\x80\x80a\x15o` \x87\x01\x87a,^V[`\xFF\x16a\x15\x7F` \x8B\x01\x8Ba,^V[`\xFF\x16\x14\x15\x80a\x15\xC1WPa\x15\x9A`@\x87\x01` \x88\x01a,wV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x15\xB4`@\x8B\x01` \x8C\x01a,wV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a\x15\xF6WPa\x15\xD7``\x87\x01`@\x88\x01a,\x90V[c\xFF\xFF\xFF\xFF\x16a\x15\xED``\x8B\x01`@\x8C\x01a,\x90V[c\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a\x16OWP\x85``\x015\x89``\x015\x14\x80\x15a\x16<WPa\x16\x1E`\xA0\x87\x01`\x80\x88\x01a,\x90V[c\xFF\xFF\xFF\xFF\x16a\x164`\xA0\x8B\x01`\x80\x8C\x01a,\x90V[c\xFF\xFF\xFF\xFF\x16\x14[\x80\x15a\x16OWP\x85`\xA0\x015\x89`\xA0\x015\x14[\x15a\x16\x86W`@Q\x7F\x81=Y\xDF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02Td\x01\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x16\xB4a\x16\xAE`\xE0\x8C\x01`\xC0\x8D\x01a,wV[\x82a <V[a\x16\xC7a\x16\xAE`\xE0\x89\x01`\xC0\x8A\x01a,wV[a\x16\xDD\x8A\x8A\x8A\x8A\x8A\x8A`\x03\x80Ta\x04P\x90a'3V[`@Q\x7FV\x9C\n\xFE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x84\x16`\x04\x83\x01R\x92\x96P\x90\x94P_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cV\x9C\n\xFE\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17bW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\x86\x91\x90a*\xB9V[\x90P\x80\x15\x80\x15\x90a\x17\x9FWPa\x17\x9C\x82\x82a,\xA9V[B\x11[\x15a\x17\xE8W`@Q\x7Fl\xB3\xB0E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[a\x18!\x85a\x17\xFC`@\x8E\x01` \x8F\x01a,wV[\x8D`@\x01` \x81\x01\x90a\x18\x0F\x91\x90a,\x90V[\x8E_\x01` \x81\x01\x90a\x03\xB4\x91\x90a,^V[_\x81\x81R`\x04` R`@\x90 T\x90\x93P`\xFF\x16\x15a\x18oW`@Q\x7F\x16\xE5\x04=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x80V[a\x18\x99\x84a\x18\x83`\xE0\x8E\x01`\xC0\x8F\x01a,wV[a\x18\x93`\xE0\x8C\x01`\xC0\x8D\x01a,wV[\x85a!\x1BV[PP\x96P\x96P\x96\x93PPPPV[`@\x80Q` \x80\x82\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x82\x84\x01R``\x80\x83\x01\x85\x90R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\x80\x90\x92\x01\x90\x92R\x80Q\x91\x01 _\x90\x81\x90a\x18\xEE\x90\x86a!\xB1V[a\x18\xF7\x86a\"~V[\x90\x92P\x90Pa\x19G\x86\x86_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90U\x92\x82R`\x06\x90R B\x90UV[\x84`\x01`\x01`\xA0\x1B\x03\x88\x16\x87\x7FYP\ts\xD2\x15\x99\x14\xAB\xD3r\xA6\x1Fgh\x82\x1F\x96!\x02u\xA2\x83dild\xA1\x8E\x8D\x0Bua\x19\x84`@\x8D\x01` \x8E\x01a,wV[a\x19\x94``\x8E\x01`@\x8F\x01a,\x90V[a\x19\xA1` \x8F\x01\x8Fa,^V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x94\x16\x84Rc\xFF\xFF\xFF\xFF\x90\x92\x16` \x84\x01R`\xFF\x16\x90\x82\x01R``\x81\x01\x87\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16`\x80\x82\x01R`\xA0\x81\x01\x86\x90R`\xC0\x01`@Q\x80\x91\x03\x90\xA4\x96P\x96\x94PPPPPV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a\x1AiW\x83\x83\x15\x16\x15a\x1A]W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[``\x81\x01Q_\x90\x15\x80\x15a\x1A\xF8WP`\x80\x82\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80\x15a\x1B\x06WP`\xA0\x82\x01Q\x15[``\x83\x01Q\x90\x91P_\x90\x15\x80\x15\x90a\x1B'WP`\x80\x83\x01Qc\xFF\xFF\xFF\xFF\x16\x15\x15[\x80\x15a\x1B6WP`\xA0\x83\x01Q\x15\x15[\x90P\x82_\x01Q`\xFF\x16`\x01\x14\x15\x80\x15a\x1BVWP\x82_\x01Q`\xFF\x16`\x02\x14\x15[\x80a\x1BmWP` \x83\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15[\x80a\x1B\x97WPg\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFFg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x80a\x1B\xB5WPc\x7F\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x16\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x11[\x80a\x1B\xC6WP\x81\x80a\x1B\xC4WP\x80[\x15[\x80a\x1B\xDFWPc;\x9A\xCA\0\x83`\xE0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x08\xDFW`@Q\x7F\xB4%\xA7\xD6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___[`\x08\x81\x10\x15a\x1C[Wa\x1C.\x81`\x08a,\xBCV[\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1C`\xFF\x16`\x08\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1B\x17\x91P\x80`\x01\x01\x90Pa\x1C\x1AV[P`\xC0\x1B\x92\x91PPV[``\x81`\x80\x01Qc\xFF\xFF\xFF\xFF\x16_\x03a\x1C\x8BWPP`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[_a\x1C\x9F\x83`\x80\x01Qc\xFF\xFF\xFF\xFF\x16a\x1FYV[`\xA0\x84\x01Q`@Q\x91\x92P_\x91a\x1D!\x91\x7F\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x85\x91\x7F\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x7F \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90` \x01a,\xD3V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90R``\x86\x01Q\x81Q\x91\x93P_\x92a\x1D\xB4\x92\x7F\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x7F \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x91\x7F\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x88\x90` \x01a-EV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90R\x80Q\x90\x92Pa\x1D\xFB\x91\x7F\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x84\x90` \x01a.\x05V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x93PPPP\x91\x90PV[``_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x15a\x1E\x80W\x7F\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1E[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16a\x1FYV[`@Q` \x01a\x1El\x92\x91\x90a.lV[`@Q` \x81\x83\x03\x03\x81R\x90`@Ra\x1E\x90V[`@Q\x80` \x01`@R\x80_\x81RP[c\xFF\xFF\xFF\xFF\x84\x16\x15a\x1E\xF1W\x7F\x10\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1E\xCCc\xFF\xFF\xFF\xFF\x86\x16a\x1FYV[`@Q` \x01a\x1E\xDD\x92\x91\x90a.lV[`@Q` \x81\x83\x03\x03\x81R\x90`@Ra\x1F\x01V[`@Q\x80` \x01`@R\x80_\x81RP[`@Q` \x01a\x1F\x12\x92\x91\x90a+\xFEV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90R\x80Q\x90\x92Pa\x13Y\x91\x7F*\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x84\x90` \x01a.\x05V[`@\x80Q`\n\x80\x82R\x81\x83\x01\x90\x92R``\x91` \x82\x01\x81\x806\x837\x01\x90PP\x90P_[`\x80\x83\x10a\x1F\xE5W`\x80`\x7F\x84\x16\x17`\xF8\x1B\x82\x82a\x1F\x99\x81a.\x9FV[\x93P\x81Q\x81\x10a\x1F\xABWa\x1F\xABa.\xB7V[` \x01\x01\x90~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x81_\x1A\x90SP`\x07\x83\x90\x1C\x92Pa\x1F|V[\x82`\xF8\x1B\x82\x82\x80a\x1F\xF5\x90a.\x9FV[\x93P\x81Q\x81\x10a \x07Wa \x07a.\xB7V[` \x01\x01\x90~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x81_\x1A\x90SP\x81R\x91\x90PV[_\x81B\x11a JW_a TV[a T\x82Ba)\xEEV[\x90P\x80\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a \xADW`@Q\x7F\xDFT\xFD\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[a \xB9a\x0E\x10Ba,\xA9V[\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x08\xDFW\x82a \xD7a\x0E\x10Ba,\xA9V[`@Q\x7F\xC8\xB9\xB2\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16`\x04\x83\x01R`$\x82\x01R`D\x01a\x05\x80V[_\x84\x81R`\x06` R`@\x90 T\x80\x15a!\xAAW_a!:\x83\x83a,\xA9V[\x90P\x80B\x10\x80a!SWP\x80\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10[\x80a!gWP\x80\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10[\x15a!\xA8W`@Q\x7F\\JD\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[P[PPPPPV[_\x82\x81R`\x05` R`@\x81 T\x90\x81\x90\x03a!\xFCW`@Q\x7FN\xBE\x8AM\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x80V[C\x81\x10a\"?W`@Q\x7F2\xD2i\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[_\x83\x81R`\x05` R`@\x80\x82 \x82\x90UQ\x83\x91\x85\x91\x7F\xBBi\xA3\x08S(\0\xEB\x9B\x01MY\x83LU\xAA4Z\xC6^\x92\xCB\xF6\x1F\xF1\x11P\x8Ci\x10nV\x91\x90\xA3PPPV[`@\x80Q``\x81\x01\x82R`\x02Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x16` \x83\x01Rd\x01\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x83\x01R\x90Q\x7F\xEB\x02\xC3\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R_\x91\x82\x91\x82\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xEB\x02\xC3\x01\x90`$\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#5W=__>=_\xFD[PPPP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra#\\\x91\x90\x81\x01\x90a(\xCAV[\x90Pa'\x10\x82_\x01Qa\xFF\xFF\x16\x82`\xA0\x01Q\x83`\x80\x01Qa#}\x91\x90a,\xA9V[a#\x87\x91\x90a,\xBCV[a#\x91\x91\x90a.\xE4V[\x93P`\x04\x81` \x01Q`\x04\x81\x11\x15a#\xABWa#\xABa'~V[\x14\x80a#\xB5WP\x83\x15[\x15a#\xEFW`@Q\x7F\x9B\xDB\x1A\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x05\x80V[a'\x10\x82` \x01Qa\xFF\xFF\x16\x85a$\x06\x91\x90a,\xBCV[a$\x10\x91\x90a.\xE4V[\x92PPP\x91P\x91V[_a\x01\0\x82\x84\x03\x12\x15a$*W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a$@W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$WW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a$nW__\xFD[\x92P\x92\x90PV[______a\x02@\x87\x89\x03\x12\x15a$\x8BW__\xFD[a$\x95\x88\x88a$\x19V[\x95Pa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xB1W__\xFD[a$\xBD\x89\x82\x8A\x01a$0V[\x90\x96P\x94Pa$\xD2\x90P\x88a\x01 \x89\x01a$\x19V[\x92Pa\x02 \x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xEEW__\xFD[a$\xFA\x89\x82\x8A\x01a$0V[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\txW__\xFD[________a\x02\x80\x89\x8B\x03\x12\x15a%8W__\xFD[a%B\x8A\x8Aa$\x19V[\x97Pa\x01\0\x89\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%^W__\xFD[a%j\x8B\x82\x8C\x01a$0V[\x90\x98P\x96Pa%\x7F\x90P\x8Aa\x01 \x8B\x01a$\x19V[\x94Pa\x02 \x89\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\x9BW__\xFD[a%\xA7\x8B\x82\x8C\x01a$0V[\x90\x95P\x93PPa\x02@\x89\x015a%\xBC\x81a%\x0CV[\x97\x9A\x96\x99P\x94\x97\x93\x96\x92\x95\x91\x94P\x91\x92a\x02`\x015\x91PV[_` \x82\x84\x03\x12\x15a%\xE5W__\xFD[P5\x91\x90PV[___``\x84\x86\x03\x12\x15a%\xFEW__\xFD[\x835\x92P` \x84\x015a&\x10\x81a%\x0CV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[___``\x84\x86\x03\x12\x15a&3W__\xFD[PP\x815\x93` \x83\x015\x93P`@\x90\x92\x015\x91\x90PV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x96W__\xFD[\x91\x90PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x96W__\xFD[\x805`\xFF\x81\x16\x81\x14a&\x96W__\xFD[____`\x80\x85\x87\x03\x12\x15a&\xD1W__\xFD[\x845a&\xDC\x81a%\x0CV[\x93Pa&\xEA` \x86\x01a&\x7FV[\x92Pa&\xF8`@\x86\x01a&\x9BV[\x91Pa'\x06``\x86\x01a&\xAEV[\x90P\x92\x95\x91\x94P\x92PV[_` \x82\x84\x03\x12\x15a'!W__\xFD[\x815a',\x81a%\x0CV[\x93\x92PPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a'GW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a$*W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@Qa\x01 \x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a'\xFCWa'\xFCa'\xABV[`@R\x90V[`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a'\xFCWa'\xFCa'\xABV[\x80Qa&\x96\x81a%\x0CV[\x80Q`\x05\x81\x10a&\x96W__\xFD[_\x82`\x1F\x83\x01\x12a(NW__\xFD[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(hWa(ha'\xABV[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a(\x97Wa(\x97a'\xABV[`@R\x81\x81R\x83\x82\x01` \x01\x85\x10\x15a(\xAEW__\xFD[\x81` \x85\x01` \x83\x01^_\x91\x81\x01` \x01\x91\x90\x91R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a(\xDAW__\xFD[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xF0W__\xFD[\x82\x01a\x01 \x81\x85\x03\x12\x15a)\x02W__\xFD[a)\na'\xD8V[a)\x13\x82a(&V[\x81Ra)!` \x83\x01a(1V[` \x82\x01Ra)2`@\x83\x01a(&V[`@\x82\x01R``\x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)PW__\xFD[a)\\\x86\x82\x85\x01a(?V[``\x83\x01RP`\x80\x82\x81\x01Q\x90\x82\x01R`\xA0\x80\x83\x01Q\x90\x82\x01R`\xC0\x80\x83\x01Q\x90\x82\x01Ra)\x8C`\xE0\x83\x01a(&V[`\xE0\x82\x01Ra\x01\0\x91\x82\x01Q\x91\x81\x01\x91\x90\x91R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a)\xB6W__\xFD[\x81Qa',\x81a%\x0CV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x13lWa\x13la)\xC1V[_a\x01\0\x82\x84\x03\x12\x80\x15a*\x13W__\xFD[Pa*\x1Ca(\x02V[a*%\x83a&\xAEV[\x81Ra*3` \x84\x01a&\x7FV[` \x82\x01Ra*D`@\x84\x01a&\x9BV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01Ra*_`\x80\x84\x01a&\x9BV[`\x80\x82\x01R`\xA0\x83\x81\x015\x90\x82\x01Ra*z`\xC0\x84\x01a&\x7FV[`\xC0\x82\x01Ra*\x8B`\xE0\x84\x01a&\x9BV[`\xE0\x82\x01R\x93\x92PPPV[_\x81Q\x80` \x84\x01\x85^_\x93\x01\x92\x83RP\x90\x91\x90PV[_a',\x82\x84a*\x97V[_` \x82\x84\x03\x12\x15a*\xC9W__\xFD[PQ\x91\x90PV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8B\x16\x81R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8A`\xF8\x1B\x16`\x01\x82\x01R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89\x16`\x02\x82\x01R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16`\x03\x82\x01R_a+\x90a+\x8Aa+\x84`\x0B\x85\x01\x8Ba*\x97V[\x89a*\x97V[\x87a*\x97V[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86\x16\x81R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85`\xF8\x1B\x16`\x01\x82\x01Ra+\xED`\x02\x82\x01\x85a*\x97V[\x9D\x9CPPPPPPPPPPPPPV[_a,\x12a,\x0C\x83\x86a*\x97V[\x84a*\x97V[\x94\x93PPPPV[__\x85\x85\x11\x15a,(W__\xFD[\x83\x86\x11\x15a,4W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x13lW_\x19` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[_` \x82\x84\x03\x12\x15a,nW__\xFD[a',\x82a&\xAEV[_` \x82\x84\x03\x12\x15a,\x87W__\xFD[a',\x82a&\x7FV[_` \x82\x84\x03\x12\x15a,\xA0W__\xFD[a',\x82a&\x9BV[\x80\x82\x01\x80\x82\x11\x15a\x13lWa\x13la)\xC1V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x13lWa\x13la)\xC1V[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86\x16\x81R_a-\x06`\x01\x83\x01\x87a*\x97V[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x95\x86\x16\x81R\x93\x90\x94\x16`\x01\x84\x01RP`\x02\x82\x01R`\"\x01\x93\x92PPPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87\x16\x81R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86\x16`\x01\x82\x01R\x84`\x02\x82\x01R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\"\x82\x01R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83`\xF8\x1B\x16`#\x82\x01R_a-\xF9`$\x83\x01\x84a*\x97V[\x98\x97PPPPPPPPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16\x81R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83`\xF8\x1B\x16`\x01\x82\x01R_a.c`\x02\x83\x01\x84a*\x97V[\x95\x94PPPPPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x81R_a,\x12`\x01\x83\x01\x84a*\x97V[__\x19\x82\x03a.\xB0Wa.\xB0a)\xC1V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x82a/\x17W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061016e575f3560e01c8063839df945116100d2578063cff0ab9611610088578063ea891be411610063578063ea891be4146103a6578063f14fcbc814610413578063f2fde38b14610426575f5ffd5b8063cff0ab9614610346578063d4af96d01461038c578063e30c397814610395575f5ffd5b80639a8a0592116100b85780639a8a059214610301578063bd4d75fd14610316578063cca5d6f01461031f575f5ffd5b8063839df945146102d25780638da5cb5b146102f1575f5ffd5b80635a0ce67611610127578063715018a61161010d578063715018a61461029b57806379ba5097146102a357806382bfefc8146102ab575f5ffd5b80635a0ce6761461025457806361b143df14610269575f5ffd5b8063189bf33d11610157578063189bf33d146101d057806331440f55146101fd5780633b96d71114610206575f5ffd5b806304abb85f1461017257806314fe4dc5146101a2575b5f5ffd5b610185610180366004612475565b610439565b6040516001600160a01b0390911681526020015b60405180910390f35b6101b56101b0366004612520565b6104dd565b60408051938452602084019290925290820152606001610199565b6101ef6101de3660046125d5565b60066020525f908152604090205481565b604051908152602001610199565b6101ef6103e881565b6101ef6102143660046125ec565b604080516020808201959095526001600160a01b039390931683820152606080840192909252805180840390920182526080909201909152805191012090565b610267610262366004612621565b6108cc565b005b61028b6102773660046125d5565b60046020525f908152604090205460ff1681565b6040519015158152602001610199565b6102676108e4565b61026761091e565b6101857f000000000000000000000000000000000000000000000000000000000000000081565b6101ef6102e03660046125d5565b60056020525f908152604090205481565b5f546001600160a01b0316610185565b61030961097b565b604051610199919061264a565b6101ef610e1081565b6101857f000000000000000000000000000000000000000000000000000000000000000081565b6040805160608101825260025461ffff8082168084526201000083049091166020840181905264010000000090920467ffffffffffffffff1692909301829052906101b5565b6101ef61138881565b6001546001600160a01b0316610185565b6101ef6103b43660046126be565b604080516001600160a01b038616602082015267ffffffffffffffff85169181019190915263ffffffff8316606082015260ff821660808201525f9060a001604051602081830303815290604052805190602001209050949350505050565b6102676104213660046125d5565b610a07565b610267610434366004612711565b610aa9565b5f6104d18787878787876003805461045090612733565b80601f016020809104026020016040519081016040528092919081815260200182805461047c90612733565b80156104c75780601f1061049e576101008083540402835291602001916104c7565b820191905f5260205f20905b8154815290600101906020018083116104aa57829003601f168201915b5050505050610b31565b50979650505050505050565b5f5f5f6104e8610e59565b6001600160a01b038516158061050657506001600160a01b03851630145b8061054257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b0316145b15610589576040517f10b59d530000000000000000000000000000000000000000000000000000000081526001600160a01b03861660048201526024015b60405180910390fd5b6105998b8b8b8b8b8b8b8b610e90565b6040517fb759e837000000000000000000000000000000000000000000000000000000008152600481018490526024810183905260606044820152600c60648201527f65717569766f636174696f6e0000000000000000000000000000000000000000608482015292955090935091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b759e8379060a4015f604051808303815f87803b158015610654575f5ffd5b505af1158015610666573d5f5f3e3d5ffd5b5060019250610673915050565b6040517feb02c301000000000000000000000000000000000000000000000000000000008152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eb02c301906024015f60405180830381865afa1580156106ee573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261071591908101906128ca565b60200151600481111561072a5761072a61277e565b036107be576040517f6966ee26000000000000000000000000000000000000000000000000000000008152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636966ee26906024015f604051808303815f87803b1580156107a7575f5ffd5b505af11580156107b9573d5f5f3e3d5ffd5b505050505b80156107f8576107f86001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168683610ecf565b6108b67f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166361d027b36040518163ffffffff1660e01b8152600401602060405180830381865afa158015610857573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061087b91906129a6565b61088583856129ee565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190610ecf565b6108be610f1d565b985098509895505050505050565b6108d4610f47565b6108df838383610f8c565b505050565b6108ec610f47565b6040517f8905116500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60015433906001600160a01b0316811461096f576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610580565b61097881611156565b50565b6003805461098890612733565b80601f01602080910402602001604051908101604052809291908181526020018280546109b490612733565b80156109ff5780601f106109d6576101008083540402835291602001916109ff565b820191905f5260205f20905b8154815290600101906020018083116109e257829003601f168201915b505050505081565b5f818152600560205260409020548015610a57576040517fa023ace00000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610580565b5f82815260056020526040908190204390819055905183917fc75ad9276ab527b45085ee3344ed4f7ad0fb91151c308b17b8b8221f52be61ef91610a9d91815260200190565b60405180910390a25050565b610ab1610f47565b600180546001600160a01b0383167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155610af95f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f808080610ba46002610b52610b4c368f90038f018f612a01565b88611187565b604051610b5f9190612aae565b602060405180830381855afa158015610b7a573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610b9d9190612ab9565b8b8b611372565b90925090505f80610c1a6002610bc8610bc2368e90038e018e612a01565b8a611187565b604051610bd59190612aae565b602060405180830381855afa158015610bf0573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610c139190612ab9565b8a8a611372565b90925090506001600160a01b03841615801590610c635750816001600160a01b0316846001600160a01b03161480610c635750806001600160a01b0316846001600160a01b0316145b15610d1d576040517f1e08515d0000000000000000000000000000000000000000000000000000000081526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690631e08515d90602401602060405180830381865afa158015610ce5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d099190612ab9565b94508415610d1d5783955050505050610e4d565b6001600160a01b03831615801590610d615750816001600160a01b0316836001600160a01b03161480610d615750806001600160a01b0316836001600160a01b0316145b15610e1b576040517f1e08515d0000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690631e08515d90602401602060405180830381865afa158015610de3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e079190612ab9565b94508415610e1b5782955050505050610e4d565b6040517f5e4b9f7500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b97509795505050505050565b610e616114ff565b610e8e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611558565b565b5f5f5f5f5f610ea38d8d8d8d8d8d61155f565b9096509092509050610eb98d8387848b8b6118a7565b959e909d50949b50939950505050505050505050565b610edc83838360016119fa565b6108df576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610580565b610e8e5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610e88565b5f546001600160a01b03163314610e8e576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610580565b821580610f9a57506103e883115b80610fa6575061138882115b80610faf575080155b8061103857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630519da326040518163ffffffff1660e01b8152600401602060405180830381865afa158015611011573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110359190612ab9565b81115b15611080576040517f65b6bfb0000000000000000000000000000000000000000000000000000000008152600481018490526024810183905260448101829052606401610580565b604080516060808201835261ffff868116808452908616602080850182905267ffffffffffffffff8716948601859052600280547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001690931762010000909202919091177fffffffffffffffffffffffffffffffffffffffff0000000000000000ffffffff1664010000000090940293909317905582518681529182018590529181018390527fee5d147c6dd8b96e80762594bab87a5a80c4c7ec653bdb804933445386340b01910160405180910390a1505050565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561097881611a75565b606061119283611adc565b815115806111a1575060328251115b156111dd5781516040517f3c86cb8e00000000000000000000000000000000000000000000000000000000815260040161058091815260200190565b825160208401515f917f0800000000000000000000000000000000000000000000000000000000000000917f11000000000000000000000000000000000000000000000000000000000000009061123390611c16565b604088015163ffffffff16156112c557601960f81b61125b896040015163ffffffff16611c16565b6040517fff0000000000000000000000000000000000000000000000000000000000000090921660208301527fffffffffffffffff0000000000000000000000000000000000000000000000001660218201526029016040516020818303038152906040526112d5565b60405180602001604052805f8152505b6112de89611c65565b6112f08a60c001518b60e00151611e14565b895160405161132c98979695949392917f3200000000000000000000000000000000000000000000000000000000000000918d90602001612ad0565b60405160208183030381529060405290506113478151611f59565b81604051602001611359929190612bfe565b6040516020818303038152906040529150505b92915050565b5f80604083146113b1576040517f2c33b56800000000000000000000000000000000000000000000000000000000815260048101849052602401610580565b5f6113bf6020828688612c1a565b6113c891612c41565b90505f6113d88560208189612c1a565b6113e191612c41565b90507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115611440576040517f15f2fa1a00000000000000000000000000000000000000000000000000000000815260048101829052602401610580565b604080515f815260208101808352899052601b91810191909152606081018390526080810182905260019060a0016020604051602081039080840390855afa15801561148e573d5f5f3e3d5ffd5b505060408051601f198101515f8252602082018084528b9052601c92820192909252606081018590526080810184905290915060019060a0016020604051602081039080840390855afa1580156114e7573d5f5f3e3d5ffd5b50505060206040510351935093505050935093915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610e8e576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f808061156f6020870187612c5e565b60ff1661157f60208b018b612c5e565b60ff161415806115c1575061159a6040870160208801612c77565b67ffffffffffffffff166115b460408b0160208c01612c77565b67ffffffffffffffff1614155b806115f657506115d76060870160408801612c90565b63ffffffff166115ed60608b0160408c01612c90565b63ffffffff1614155b8061164f57508560600135896060013514801561163c575061161e60a0870160808801612c90565b63ffffffff1661163460a08b0160808c01612c90565b63ffffffff16145b801561164f57508560a001358960a00135145b15611686576040517f813d59df00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600254640100000000900467ffffffffffffffff166116b46116ae60e08c0160c08d01612c77565b8261203c565b6116c76116ae60e0890160c08a01612c77565b6116dd8a8a8a8a8a8a6003805461045090612733565b6040517f569c0afe0000000000000000000000000000000000000000000000000000000081526001600160a01b0380841660048301529296509094505f917f0000000000000000000000000000000000000000000000000000000000000000169063569c0afe90602401602060405180830381865afa158015611762573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117869190612ab9565b9050801580159061179f575061179c8282612ca9565b42115b156117e8576040517f6cb3b0450000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015260248101829052604401610580565b611821856117fc60408e0160208f01612c77565b8d604001602081019061180f9190612c90565b8e5f0160208101906103b49190612c5e565b5f8181526004602052604090205490935060ff161561186f576040517f16e5043d00000000000000000000000000000000000000000000000000000000815260048101849052602401610580565b6118998461188360e08e0160c08f01612c77565b61189360e08c0160c08d01612c77565b8561211b565b505096509650969350505050565b6040805160208082018690526001600160a01b03851682840152606080830185905283518084039091018152608090920190925280519101205f9081906118ee90866121b1565b6118f78661227e565b909250905061194786865f90815260046020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790559282526006905220429055565b846001600160a01b038816877f59500973d2159914abd372a61f6768821f96210275a28364696c64a18e8d0b7561198460408d0160208e01612c77565b61199460608e0160408f01612c90565b6119a160208f018f612c5e565b6040805167ffffffffffffffff909416845263ffffffff909216602084015260ff1690820152606081018790526001600160a01b038916608082015260a0810186905260c00160405180910390a4965096945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611a69578383151615611a5d573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60608101515f90158015611af85750608082015163ffffffff16155b8015611b06575060a0820151155b60608301519091505f9015801590611b275750608083015163ffffffff1615155b8015611b36575060a083015115155b9050825f015160ff16600114158015611b565750825f015160ff16600214155b80611b6d5750602083015167ffffffffffffffff16155b80611b975750677fffffffffffffff67ffffffffffffffff16836020015167ffffffffffffffff16115b80611bb55750637fffffff63ffffffff16836040015163ffffffff16115b80611bc657508180611bc45750805b155b80611bdf5750633b9aca008360e0015163ffffffff1610155b156108df576040517fb425a7d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f5b6008811015611c5b57611c2e816008612cbc565b8467ffffffffffffffff16901c60ff1660088367ffffffffffffffff16901b179150806001019050611c1a565b5060c01b92915050565b6060816080015163ffffffff165f03611c8b57505060408051602081019091525f815290565b5f611c9f836080015163ffffffff16611f59565b60a08401516040519192505f91611d21917f08000000000000000000000000000000000000000000000000000000000000009185917f1200000000000000000000000000000000000000000000000000000000000000917f20000000000000000000000000000000000000000000000000000000000000009190602001612cd3565b60408051601f1981840301815290829052606086015181519193505f92611db4927f0a00000000000000000000000000000000000000000000000000000000000000927f20000000000000000000000000000000000000000000000000000000000000009290917f1200000000000000000000000000000000000000000000000000000000000000918890602001612d45565b60408051601f19818403018152908290528051909250611dfb917f220000000000000000000000000000000000000000000000000000000000000091908490602001612e05565b6040516020818303038152906040529350505050919050565b60605f67ffffffffffffffff841615611e80577f0800000000000000000000000000000000000000000000000000000000000000611e5b67ffffffffffffffff8616611f59565b604051602001611e6c929190612e6c565b604051602081830303815290604052611e90565b60405180602001604052805f8152505b63ffffffff841615611ef1577f1000000000000000000000000000000000000000000000000000000000000000611ecc63ffffffff8616611f59565b604051602001611edd929190612e6c565b604051602081830303815290604052611f01565b60405180602001604052805f8152505b604051602001611f12929190612bfe565b60408051601f19818403018152908290528051909250611359917f2a0000000000000000000000000000000000000000000000000000000000000091908490602001612e05565b60408051600a8082528183019092526060916020820181803683370190505090505f5b60808310611fe5576080607f84161760f81b8282611f9981612e9f565b935081518110611fab57611fab612eb7565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a905350600783901c9250611f7c565b8260f81b828280611ff590612e9f565b93508151811061200757612007612eb7565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053508152919050565b5f81421161204a575f612054565b61205482426129ee565b9050808367ffffffffffffffff1610156120ad576040517fdf54fdcd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260248101829052604401610580565b6120b9610e1042612ca9565b8367ffffffffffffffff1611156108df57826120d7610e1042612ca9565b6040517fc8b9b28b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90921660048301526024820152604401610580565b5f8481526006602052604090205480156121aa575f61213a8383612ca9565b9050804210806121535750808567ffffffffffffffff16105b806121675750808467ffffffffffffffff16105b156121a8576040517f5c4a44830000000000000000000000000000000000000000000000000000000081526004810187905260248101829052604401610580565b505b5050505050565b5f82815260056020526040812054908190036121fc576040517f4ebe8a4d00000000000000000000000000000000000000000000000000000000815260048101849052602401610580565b43811061223f576040517f32d269f40000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610580565b5f8381526005602052604080822082905551839185917fbb69a308532800eb9b014d59834c55aa345ac65e92cbf61ff111508c69106e569190a3505050565b6040805160608101825260025461ffff8082168352620100008204166020830152640100000000900467ffffffffffffffff168183015290517feb02c301000000000000000000000000000000000000000000000000000000008152600481018390525f91829182907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eb02c301906024015f60405180830381865afa158015612335573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261235c91908101906128ca565b9050612710825f015161ffff168260a00151836080015161237d9190612ca9565b6123879190612cbc565b6123919190612ee4565b93506004816020015160048111156123ab576123ab61277e565b14806123b5575083155b156123ef576040517f9bdb1abe00000000000000000000000000000000000000000000000000000000815260048101869052602401610580565b612710826020015161ffff16856124069190612cbc565b6124109190612ee4565b92505050915091565b5f610100828403121561242a575f5ffd5b50919050565b5f5f83601f840112612440575f5ffd5b50813567ffffffffffffffff811115612457575f5ffd5b60208301915083602082850101111561246e575f5ffd5b9250929050565b5f5f5f5f5f5f610240878903121561248b575f5ffd5b6124958888612419565b955061010087013567ffffffffffffffff8111156124b1575f5ffd5b6124bd89828a01612430565b90965094506124d29050886101208901612419565b925061022087013567ffffffffffffffff8111156124ee575f5ffd5b6124fa89828a01612430565b979a9699509497509295939492505050565b6001600160a01b0381168114610978575f5ffd5b5f5f5f5f5f5f5f5f610280898b031215612538575f5ffd5b6125428a8a612419565b975061010089013567ffffffffffffffff81111561255e575f5ffd5b61256a8b828c01612430565b909850965061257f90508a6101208b01612419565b945061022089013567ffffffffffffffff81111561259b575f5ffd5b6125a78b828c01612430565b9095509350506102408901356125bc8161250c565b979a969950949793969295919450919261026001359150565b5f602082840312156125e5575f5ffd5b5035919050565b5f5f5f606084860312156125fe575f5ffd5b8335925060208401356126108161250c565b929592945050506040919091013590565b5f5f5f60608486031215612633575f5ffd5b505081359360208301359350604090920135919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b803567ffffffffffffffff81168114612696575f5ffd5b919050565b803563ffffffff81168114612696575f5ffd5b803560ff81168114612696575f5ffd5b5f5f5f5f608085870312156126d1575f5ffd5b84356126dc8161250c565b93506126ea6020860161267f565b92506126f86040860161269b565b9150612706606086016126ae565b905092959194509250565b5f60208284031215612721575f5ffd5b813561272c8161250c565b9392505050565b600181811c9082168061274757607f821691505b60208210810361242a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610120810167ffffffffffffffff811182821017156127fc576127fc6127ab565b60405290565b604051610100810167ffffffffffffffff811182821017156127fc576127fc6127ab565b80516126968161250c565b805160058110612696575f5ffd5b5f82601f83011261284e575f5ffd5b815167ffffffffffffffff811115612868576128686127ab565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715612897576128976127ab565b6040528181528382016020018510156128ae575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f602082840312156128da575f5ffd5b815167ffffffffffffffff8111156128f0575f5ffd5b82016101208185031215612902575f5ffd5b61290a6127d8565b61291382612826565b815261292160208301612831565b602082015261293260408301612826565b6040820152606082015167ffffffffffffffff811115612950575f5ffd5b61295c8682850161283f565b6060830152506080828101519082015260a0808301519082015260c0808301519082015261298c60e08301612826565b60e082015261010091820151918101919091529392505050565b5f602082840312156129b6575f5ffd5b815161272c8161250c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561136c5761136c6129c1565b5f610100828403128015612a13575f5ffd5b50612a1c612802565b612a25836126ae565b8152612a336020840161267f565b6020820152612a446040840161269b565b604082015260608381013590820152612a5f6080840161269b565b608082015260a08381013590820152612a7a60c0840161267f565b60c0820152612a8b60e0840161269b565b60e08201529392505050565b5f81518060208401855e5f93019283525090919050565b5f61272c8284612a97565b5f60208284031215612ac9575f5ffd5b5051919050565b7fff000000000000000000000000000000000000000000000000000000000000008b1681527fff000000000000000000000000000000000000000000000000000000000000008a60f81b1660018201527fff00000000000000000000000000000000000000000000000000000000000000891660028201527fffffffffffffffff000000000000000000000000000000000000000000000000881660038201525f612b90612b8a612b84600b85018b612a97565b89612a97565b87612a97565b7fff00000000000000000000000000000000000000000000000000000000000000861681527fff000000000000000000000000000000000000000000000000000000000000008560f81b166001820152612bed6002820185612a97565b9d9c50505050505050505050505050565b5f612c12612c0c8386612a97565b84612a97565b949350505050565b5f5f85851115612c28575f5ffd5b83861115612c34575f5ffd5b5050820193919092039150565b8035602083101561136c575f19602084900360031b1b1692915050565b5f60208284031215612c6e575f5ffd5b61272c826126ae565b5f60208284031215612c87575f5ffd5b61272c8261267f565b5f60208284031215612ca0575f5ffd5b61272c8261269b565b8082018082111561136c5761136c6129c1565b808202811582820484141761136c5761136c6129c1565b7fff00000000000000000000000000000000000000000000000000000000000000861681525f612d066001830187612a97565b7fff0000000000000000000000000000000000000000000000000000000000000095861681529390941660018401525060028201526022019392505050565b7fff00000000000000000000000000000000000000000000000000000000000000871681527fff00000000000000000000000000000000000000000000000000000000000000861660018201528460028201527fff00000000000000000000000000000000000000000000000000000000000000841660228201527fff000000000000000000000000000000000000000000000000000000000000008360f81b1660238201525f612df96024830184612a97565b98975050505050505050565b7fff00000000000000000000000000000000000000000000000000000000000000841681527fff000000000000000000000000000000000000000000000000000000000000008360f81b1660018201525f612e636002830184612a97565b95945050505050565b7fff00000000000000000000000000000000000000000000000000000000000000831681525f612c126001830184612a97565b5f5f198203612eb057612eb06129c1565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82612f17577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01nW_5`\xE0\x1C\x80c\x83\x9D\xF9E\x11a\0\xD2W\x80c\xCF\xF0\xAB\x96\x11a\0\x88W\x80c\xEA\x89\x1B\xE4\x11a\0cW\x80c\xEA\x89\x1B\xE4\x14a\x03\xA6W\x80c\xF1O\xCB\xC8\x14a\x04\x13W\x80c\xF2\xFD\xE3\x8B\x14a\x04&W__\xFD[\x80c\xCF\xF0\xAB\x96\x14a\x03FW\x80c\xD4\xAF\x96\xD0\x14a\x03\x8CW\x80c\xE3\x0C9x\x14a\x03\x95W__\xFD[\x80c\x9A\x8A\x05\x92\x11a\0\xB8W\x80c\x9A\x8A\x05\x92\x14a\x03\x01W\x80c\xBDMu\xFD\x14a\x03\x16W\x80c\xCC\xA5\xD6\xF0\x14a\x03\x1FW__\xFD[\x80c\x83\x9D\xF9E\x14a\x02\xD2W\x80c\x8D\xA5\xCB[\x14a\x02\xF1W__\xFD[\x80cZ\x0C\xE6v\x11a\x01'W\x80cqP\x18\xA6\x11a\x01\rW\x80cqP\x18\xA6\x14a\x02\x9BW\x80cy\xBAP\x97\x14a\x02\xA3W\x80c\x82\xBF\xEF\xC8\x14a\x02\xABW__\xFD[\x80cZ\x0C\xE6v\x14a\x02TW\x80ca\xB1C\xDF\x14a\x02iW__\xFD[\x80c\x18\x9B\xF3=\x11a\x01WW\x80c\x18\x9B\xF3=\x14a\x01\xD0W\x80c1D\x0FU\x14a\x01\xFDW\x80c;\x96\xD7\x11\x14a\x02\x06W__\xFD[\x80c\x04\xAB\xB8_\x14a\x01rW\x80c\x14\xFEM\xC5\x14a\x01\xA2W[__\xFD[a\x01\x85a\x01\x806`\x04a$uV[a\x049V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\xB5a\x01\xB06`\x04a% V[a\x04\xDDV[`@\x80Q\x93\x84R` \x84\x01\x92\x90\x92R\x90\x82\x01R``\x01a\x01\x99V[a\x01\xEFa\x01\xDE6`\x04a%\xD5V[`\x06` R_\x90\x81R`@\x90 T\x81V[`@Q\x90\x81R` \x01a\x01\x99V[a\x01\xEFa\x03\xE8\x81V[a\x01\xEFa\x02\x146`\x04a%\xECV[`@\x80Q` \x80\x82\x01\x95\x90\x95R`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x83\x82\x01R``\x80\x84\x01\x92\x90\x92R\x80Q\x80\x84\x03\x90\x92\x01\x82R`\x80\x90\x92\x01\x90\x91R\x80Q\x91\x01 \x90V[a\x02ga\x02b6`\x04a&!V[a\x08\xCCV[\0[a\x02\x8Ba\x02w6`\x04a%\xD5V[`\x04` R_\x90\x81R`@\x90 T`\xFF\x16\x81V[`@Q\x90\x15\x15\x81R` \x01a\x01\x99V[a\x02ga\x08\xE4V[a\x02ga\t\x1EV[a\x01\x85\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x01\xEFa\x02\xE06`\x04a%\xD5V[`\x05` R_\x90\x81R`@\x90 T\x81V[_T`\x01`\x01`\xA0\x1B\x03\x16a\x01\x85V[a\x03\ta\t{V[`@Qa\x01\x99\x91\x90a&JV[a\x01\xEFa\x0E\x10\x81V[a\x01\x85\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@\x80Q``\x81\x01\x82R`\x02Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x90\x91\x16` \x84\x01\x81\x90Rd\x01\0\0\0\0\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x90\x93\x01\x82\x90R\x90a\x01\xB5V[a\x01\xEFa\x13\x88\x81V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x01\x85V[a\x01\xEFa\x03\xB46`\x04a&\xBEV[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x86\x16` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x83\x16``\x82\x01R`\xFF\x82\x16`\x80\x82\x01R_\x90`\xA0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x94\x93PPPPV[a\x02ga\x04!6`\x04a%\xD5V[a\n\x07V[a\x02ga\x0446`\x04a'\x11V[a\n\xA9V[_a\x04\xD1\x87\x87\x87\x87\x87\x87`\x03\x80Ta\x04P\x90a'3V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x04|\x90a'3V[\x80\x15a\x04\xC7W\x80`\x1F\x10a\x04\x9EWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x04\xC7V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x04\xAAW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPPa\x0B1V[P\x97\x96PPPPPPPV[___a\x04\xE8a\x0EYV[`\x01`\x01`\xA0\x1B\x03\x85\x16\x15\x80a\x05\x06WP`\x01`\x01`\xA0\x1B\x03\x85\x160\x14[\x80a\x05BWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x05\x89W`@Q\x7F\x10\xB5\x9DS\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\x05\x99\x8B\x8B\x8B\x8B\x8B\x8B\x8B\x8Ba\x0E\x90V[`@Q\x7F\xB7Y\xE87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R```D\x82\x01R`\x0C`d\x82\x01R\x7Fequivocation\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x84\x82\x01R\x92\x95P\x90\x93P\x91P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xB7Y\xE87\x90`\xA4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x06TW__\xFD[PZ\xF1\x15\x80\x15a\x06fW=__>=_\xFD[P`\x01\x92Pa\x06s\x91PPV[`@Q\x7F\xEB\x02\xC3\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xEB\x02\xC3\x01\x90`$\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x06\xEEW=__>=_\xFD[PPPP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra\x07\x15\x91\x90\x81\x01\x90a(\xCAV[` \x01Q`\x04\x81\x11\x15a\x07*Wa\x07*a'~V[\x03a\x07\xBEW`@Q\x7Fif\xEE&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cif\xEE&\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x07\xA7W__\xFD[PZ\xF1\x15\x80\x15a\x07\xB9W=__>=_\xFD[PPPP[\x80\x15a\x07\xF8Wa\x07\xF8`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x86\x83a\x0E\xCFV[a\x08\xB6\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16ca\xD0'\xB3`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x08WW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x08{\x91\x90a)\xA6V[a\x08\x85\x83\x85a)\xEEV[`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90a\x0E\xCFV[a\x08\xBEa\x0F\x1DV[\x98P\x98P\x98\x95PPPPPPV[a\x08\xD4a\x0FGV[a\x08\xDF\x83\x83\x83a\x0F\x8CV[PPPV[a\x08\xECa\x0FGV[`@Q\x7F\x89\x05\x11e\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01T3\x90`\x01`\x01`\xA0\x1B\x03\x16\x81\x14a\toW`@Q\x7F\x11\x8C\xDA\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x05\x80V[a\tx\x81a\x11VV[PV[`\x03\x80Ta\t\x88\x90a'3V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\t\xB4\x90a'3V[\x80\x15a\t\xFFW\x80`\x1F\x10a\t\xD6Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\t\xFFV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\t\xE2W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81V[_\x81\x81R`\x05` R`@\x90 T\x80\x15a\nWW`@Q\x7F\xA0#\xAC\xE0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[_\x82\x81R`\x05` R`@\x90\x81\x90 C\x90\x81\x90U\x90Q\x83\x91\x7F\xC7Z\xD9'j\xB5'\xB4P\x85\xEE3D\xEDOz\xD0\xFB\x91\x15\x1C0\x8B\x17\xB8\xB8\"\x1FR\xBEa\xEF\x91a\n\x9D\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPV[a\n\xB1a\x0FGV[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x83\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x81\x17\x90\x91Ua\n\xF9_T`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x7F8\xD1k\x8C\xAC\"\xD9\x9F\xC7\xC1$\xB9\xCD\r\xE2\xD3\xFA\x1F\xAE\xF4 \xBF\xE7\x91\xD8\xC3b\xD7e\xE2'\0`@Q`@Q\x80\x91\x03\x90\xA3PV[_\x80\x80\x80a\x0B\xA4`\x02a\x0BRa\x0BL6\x8F\x90\x03\x8F\x01\x8Fa*\x01V[\x88a\x11\x87V[`@Qa\x0B_\x91\x90a*\xAEV[` `@Q\x80\x83\x03\x81\x85Z\xFA\x15\x80\x15a\x0BzW=__>=_\xFD[PPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0B\x9D\x91\x90a*\xB9V[\x8B\x8Ba\x13rV[\x90\x92P\x90P_\x80a\x0C\x1A`\x02a\x0B\xC8a\x0B\xC26\x8E\x90\x03\x8E\x01\x8Ea*\x01V[\x8Aa\x11\x87V[`@Qa\x0B\xD5\x91\x90a*\xAEV[` `@Q\x80\x83\x03\x81\x85Z\xFA\x15\x80\x15a\x0B\xF0W=__>=_\xFD[PPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0C\x13\x91\x90a*\xB9V[\x8A\x8Aa\x13rV[\x90\x92P\x90P`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x80\x15\x90a\x0CcWP\x81`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x0CcWP\x80`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\r\x1DW`@Q\x7F\x1E\x08Q]\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x1E\x08Q]\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0C\xE5W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\r\t\x91\x90a*\xB9V[\x94P\x84\x15a\r\x1DW\x83\x95PPPPPa\x0EMV[`\x01`\x01`\xA0\x1B\x03\x83\x16\x15\x80\x15\x90a\raWP\x81`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\raWP\x80`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x0E\x1BW`@Q\x7F\x1E\x08Q]\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x1E\x08Q]\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\r\xE3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x07\x91\x90a*\xB9V[\x94P\x84\x15a\x0E\x1BW\x82\x95PPPPPa\x0EMV[`@Q\x7F^K\x9Fu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x97P\x97\x95PPPPPPV[a\x0Eaa\x14\xFFV[a\x0E\x8E`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a\x15XV[V[_____a\x0E\xA3\x8D\x8D\x8D\x8D\x8D\x8Da\x15_V[\x90\x96P\x90\x92P\x90Pa\x0E\xB9\x8D\x83\x87\x84\x8B\x8Ba\x18\xA7V[\x95\x9E\x90\x9DP\x94\x9BP\x93\x99PPPPPPPPPPV[a\x0E\xDC\x83\x83\x83`\x01a\x19\xFAV[a\x08\xDFW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x05\x80V[a\x0E\x8E_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x0E\x88V[_T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0E\x8EW`@Q\x7F\x11\x8C\xDA\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\x05\x80V[\x82\x15\x80a\x0F\x9AWPa\x03\xE8\x83\x11[\x80a\x0F\xA6WPa\x13\x88\x82\x11[\x80a\x0F\xAFWP\x80\x15[\x80a\x108WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x05\x19\xDA2`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x10\x11W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x105\x91\x90a*\xB9V[\x81\x11[\x15a\x10\x80W`@Q\x7Fe\xB6\xBF\xB0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x05\x80V[`@\x80Q``\x80\x82\x01\x83Ra\xFF\xFF\x86\x81\x16\x80\x84R\x90\x86\x16` \x80\x85\x01\x82\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x94\x86\x01\x85\x90R`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x90\x93\x17b\x01\0\0\x90\x92\x02\x91\x90\x91\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\x16d\x01\0\0\0\0\x90\x94\x02\x93\x90\x93\x17\x90U\x82Q\x86\x81R\x91\x82\x01\x85\x90R\x91\x81\x01\x83\x90R\x7F\xEE]\x14|m\xD8\xB9n\x80v%\x94\xBA\xB8zZ\x80\xC4\xC7\xECe;\xDB\x80I3DS\x864\x0B\x01\x91\x01`@Q\x80\x91\x03\x90\xA1PPPV[`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90Ua\tx\x81a\x1AuV[``a\x11\x92\x83a\x1A\xDCV[\x81Q\x15\x80a\x11\xA1WP`2\x82Q\x11[\x15a\x11\xDDW\x81Q`@Q\x7F<\x86\xCB\x8E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x05\x80\x91\x81R` \x01\x90V[\x82Q` \x84\x01Q_\x91\x7F\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x7F\x11\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90a\x123\x90a\x1C\x16V[`@\x88\x01Qc\xFF\xFF\xFF\xFF\x16\x15a\x12\xC5W`\x19`\xF8\x1Ba\x12[\x89`@\x01Qc\xFF\xFF\xFF\xFF\x16a\x1C\x16V[`@Q\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x16` \x83\x01R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`!\x82\x01R`)\x01`@Q` \x81\x83\x03\x03\x81R\x90`@Ra\x12\xD5V[`@Q\x80` \x01`@R\x80_\x81RP[a\x12\xDE\x89a\x1CeV[a\x12\xF0\x8A`\xC0\x01Q\x8B`\xE0\x01Qa\x1E\x14V[\x89Q`@Qa\x13,\x98\x97\x96\x95\x94\x93\x92\x91\x7F2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x8D\x90` \x01a*\xD0V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x90Pa\x13G\x81Qa\x1FYV[\x81`@Q` \x01a\x13Y\x92\x91\x90a+\xFEV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91PP[\x92\x91PPV[_\x80`@\x83\x14a\x13\xB1W`@Q\x7F,3\xB5h\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x80V[_a\x13\xBF` \x82\x86\x88a,\x1AV[a\x13\xC8\x91a,AV[\x90P_a\x13\xD8\x85` \x81\x89a,\x1AV[a\x13\xE1\x91a,AV[\x90P\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x81\x11\x15a\x14@W`@Q\x7F\x15\xF2\xFA\x1A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x05\x80V[`@\x80Q_\x81R` \x81\x01\x80\x83R\x89\x90R`\x1B\x91\x81\x01\x91\x90\x91R``\x81\x01\x83\x90R`\x80\x81\x01\x82\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x14\x8EW=__>=_\xFD[PP`@\x80Q`\x1F\x19\x81\x01Q_\x82R` \x82\x01\x80\x84R\x8B\x90R`\x1C\x92\x82\x01\x92\x90\x92R``\x81\x01\x85\x90R`\x80\x81\x01\x84\x90R\x90\x91P`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x14\xE7W=__>=_\xFD[PPP` `@Q\x03Q\x93P\x93PPP\x93P\x93\x91PPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x0E\x8EW`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_\x80\x80a\x15o` \x87\x01\x87a,^V[`\xFF\x16a\x15\x7F` \x8B\x01\x8Ba,^V[`\xFF\x16\x14\x15\x80a\x15\xC1WPa\x15\x9A`@\x87\x01` \x88\x01a,wV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x15\xB4`@\x8B\x01` \x8C\x01a,wV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a\x15\xF6WPa\x15\xD7``\x87\x01`@\x88\x01a,\x90V[c\xFF\xFF\xFF\xFF\x16a\x15\xED``\x8B\x01`@\x8C\x01a,\x90V[c\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a\x16OWP\x85``\x015\x89``\x015\x14\x80\x15a\x16<WPa\x16\x1E`\xA0\x87\x01`\x80\x88\x01a,\x90V[c\xFF\xFF\xFF\xFF\x16a\x164`\xA0\x8B\x01`\x80\x8C\x01a,\x90V[c\xFF\xFF\xFF\xFF\x16\x14[\x80\x15a\x16OWP\x85`\xA0\x015\x89`\xA0\x015\x14[\x15a\x16\x86W`@Q\x7F\x81=Y\xDF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02Td\x01\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x16\xB4a\x16\xAE`\xE0\x8C\x01`\xC0\x8D\x01a,wV[\x82a <V[a\x16\xC7a\x16\xAE`\xE0\x89\x01`\xC0\x8A\x01a,wV[a\x16\xDD\x8A\x8A\x8A\x8A\x8A\x8A`\x03\x80Ta\x04P\x90a'3V[`@Q\x7FV\x9C\n\xFE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x80\x84\x16`\x04\x83\x01R\x92\x96P\x90\x94P_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cV\x9C\n\xFE\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17bW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\x86\x91\x90a*\xB9V[\x90P\x80\x15\x80\x15\x90a\x17\x9FWPa\x17\x9C\x82\x82a,\xA9V[B\x11[\x15a\x17\xE8W`@Q\x7Fl\xB3\xB0E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[a\x18!\x85a\x17\xFC`@\x8E\x01` \x8F\x01a,wV[\x8D`@\x01` \x81\x01\x90a\x18\x0F\x91\x90a,\x90V[\x8E_\x01` \x81\x01\x90a\x03\xB4\x91\x90a,^V[_\x81\x81R`\x04` R`@\x90 T\x90\x93P`\xFF\x16\x15a\x18oW`@Q\x7F\x16\xE5\x04=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x80V[a\x18\x99\x84a\x18\x83`\xE0\x8E\x01`\xC0\x8F\x01a,wV[a\x18\x93`\xE0\x8C\x01`\xC0\x8D\x01a,wV[\x85a!\x1BV[PP\x96P\x96P\x96\x93PPPPV[`@\x80Q` \x80\x82\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x82\x84\x01R``\x80\x83\x01\x85\x90R\x83Q\x80\x84\x03\x90\x91\x01\x81R`\x80\x90\x92\x01\x90\x92R\x80Q\x91\x01 _\x90\x81\x90a\x18\xEE\x90\x86a!\xB1V[a\x18\xF7\x86a\"~V[\x90\x92P\x90Pa\x19G\x86\x86_\x90\x81R`\x04` \x90\x81R`@\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90U\x92\x82R`\x06\x90R B\x90UV[\x84`\x01`\x01`\xA0\x1B\x03\x88\x16\x87\x7FYP\ts\xD2\x15\x99\x14\xAB\xD3r\xA6\x1Fgh\x82\x1F\x96!\x02u\xA2\x83dild\xA1\x8E\x8D\x0Bua\x19\x84`@\x8D\x01` \x8E\x01a,wV[a\x19\x94``\x8E\x01`@\x8F\x01a,\x90V[a\x19\xA1` \x8F\x01\x8Fa,^V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x94\x16\x84Rc\xFF\xFF\xFF\xFF\x90\x92\x16` \x84\x01R`\xFF\x16\x90\x82\x01R``\x81\x01\x87\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16`\x80\x82\x01R`\xA0\x81\x01\x86\x90R`\xC0\x01`@Q\x80\x91\x03\x90\xA4\x96P\x96\x94PPPPPV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a\x1AiW\x83\x83\x15\x16\x15a\x1A]W=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x81\x17\x84U`@Q\x91\x90\x92\x16\x92\x83\x91\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x91\x90\xA3PPV[``\x81\x01Q_\x90\x15\x80\x15a\x1A\xF8WP`\x80\x82\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x80\x15a\x1B\x06WP`\xA0\x82\x01Q\x15[``\x83\x01Q\x90\x91P_\x90\x15\x80\x15\x90a\x1B'WP`\x80\x83\x01Qc\xFF\xFF\xFF\xFF\x16\x15\x15[\x80\x15a\x1B6WP`\xA0\x83\x01Q\x15\x15[\x90P\x82_\x01Q`\xFF\x16`\x01\x14\x15\x80\x15a\x1BVWP\x82_\x01Q`\xFF\x16`\x02\x14\x15[\x80a\x1BmWP` \x83\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15[\x80a\x1B\x97WPg\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFFg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x80a\x1B\xB5WPc\x7F\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x16\x83`@\x01Qc\xFF\xFF\xFF\xFF\x16\x11[\x80a\x1B\xC6WP\x81\x80a\x1B\xC4WP\x80[\x15[\x80a\x1B\xDFWPc;\x9A\xCA\0\x83`\xE0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x08\xDFW`@Q\x7F\xB4%\xA7\xD6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___[`\x08\x81\x10\x15a\x1C[Wa\x1C.\x81`\x08a,\xBCV[\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1C`\xFF\x16`\x08\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1B\x17\x91P\x80`\x01\x01\x90Pa\x1C\x1AV[P`\xC0\x1B\x92\x91PPV[``\x81`\x80\x01Qc\xFF\xFF\xFF\xFF\x16_\x03a\x1C\x8BWPP`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[_a\x1C\x9F\x83`\x80\x01Qc\xFF\xFF\xFF\xFF\x16a\x1FYV[`\xA0\x84\x01Q`@Q\x91\x92P_\x91a\x1D!\x91\x7F\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x85\x91\x7F\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x7F \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90` \x01a,\xD3V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90R``\x86\x01Q\x81Q\x91\x93P_\x92a\x1D\xB4\x92\x7F\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x7F \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x91\x7F\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x88\x90` \x01a-EV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90R\x80Q\x90\x92Pa\x1D\xFB\x91\x7F\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x84\x90` \x01a.\x05V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x93PPPP\x91\x90PV[``_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x15a\x1E\x80W\x7F\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1E[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16a\x1FYV[`@Q` \x01a\x1El\x92\x91\x90a.lV[`@Q` \x81\x83\x03\x03\x81R\x90`@Ra\x1E\x90V[`@Q\x80` \x01`@R\x80_\x81RP[c\xFF\xFF\xFF\xFF\x84\x16\x15a\x1E\xF1W\x7F\x10\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1E\xCCc\xFF\xFF\xFF\xFF\x86\x16a\x1FYV[`@Q` \x01a\x1E\xDD\x92\x91\x90a.lV[`@Q` \x81\x83\x03\x03\x81R\x90`@Ra\x1F\x01V[`@Q\x80` \x01`@R\x80_\x81RP[`@Q` \x01a\x1F\x12\x92\x91\x90a+\xFEV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90R\x80Q\x90\x92Pa\x13Y\x91\x7F*\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x84\x90` \x01a.\x05V[`@\x80Q`\n\x80\x82R\x81\x83\x01\x90\x92R``\x91` \x82\x01\x81\x806\x837\x01\x90PP\x90P_[`\x80\x83\x10a\x1F\xE5W`\x80`\x7F\x84\x16\x17`\xF8\x1B\x82\x82a\x1F\x99\x81a.\x9FV[\x93P\x81Q\x81\x10a\x1F\xABWa\x1F\xABa.\xB7V[` \x01\x01\x90~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x81_\x1A\x90SP`\x07\x83\x90\x1C\x92Pa\x1F|V[\x82`\xF8\x1B\x82\x82\x80a\x1F\xF5\x90a.\x9FV[\x93P\x81Q\x81\x10a \x07Wa \x07a.\xB7V[` \x01\x01\x90~\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x81_\x1A\x90SP\x81R\x91\x90PV[_\x81B\x11a JW_a TV[a T\x82Ba)\xEEV[\x90P\x80\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a \xADW`@Q\x7F\xDFT\xFD\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[a \xB9a\x0E\x10Ba,\xA9V[\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x08\xDFW\x82a \xD7a\x0E\x10Ba,\xA9V[`@Q\x7F\xC8\xB9\xB2\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16`\x04\x83\x01R`$\x82\x01R`D\x01a\x05\x80V[_\x84\x81R`\x06` R`@\x90 T\x80\x15a!\xAAW_a!:\x83\x83a,\xA9V[\x90P\x80B\x10\x80a!SWP\x80\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10[\x80a!gWP\x80\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10[\x15a!\xA8W`@Q\x7F\\JD\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[P[PPPPPV[_\x82\x81R`\x05` R`@\x81 T\x90\x81\x90\x03a!\xFCW`@Q\x7FN\xBE\x8AM\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x05\x80V[C\x81\x10a\"?W`@Q\x7F2\xD2i\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`D\x01a\x05\x80V[_\x83\x81R`\x05` R`@\x80\x82 \x82\x90UQ\x83\x91\x85\x91\x7F\xBBi\xA3\x08S(\0\xEB\x9B\x01MY\x83LU\xAA4Z\xC6^\x92\xCB\xF6\x1F\xF1\x11P\x8Ci\x10nV\x91\x90\xA3PPPV[`@\x80Q``\x81\x01\x82R`\x02Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x16` \x83\x01Rd\x01\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x83\x01R\x90Q\x7F\xEB\x02\xC3\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R_\x91\x82\x91\x82\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90c\xEB\x02\xC3\x01\x90`$\x01_`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#5W=__>=_\xFD[PPPP`@Q=_\x82>`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01`@Ra#\\\x91\x90\x81\x01\x90a(\xCAV[\x90Pa'\x10\x82_\x01Qa\xFF\xFF\x16\x82`\xA0\x01Q\x83`\x80\x01Qa#}\x91\x90a,\xA9V[a#\x87\x91\x90a,\xBCV[a#\x91\x91\x90a.\xE4V[\x93P`\x04\x81` \x01Q`\x04\x81\x11\x15a#\xABWa#\xABa'~V[\x14\x80a#\xB5WP\x83\x15[\x15a#\xEFW`@Q\x7F\x9B\xDB\x1A\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x05\x80V[a'\x10\x82` \x01Qa\xFF\xFF\x16\x85a$\x06\x91\x90a,\xBCV[a$\x10\x91\x90a.\xE4V[\x92PPP\x91P\x91V[_a\x01\0\x82\x84\x03\x12\x15a$*W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a$@W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$WW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a$nW__\xFD[\x92P\x92\x90PV[______a\x02@\x87\x89\x03\x12\x15a$\x8BW__\xFD[a$\x95\x88\x88a$\x19V[\x95Pa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xB1W__\xFD[a$\xBD\x89\x82\x8A\x01a$0V[\x90\x96P\x94Pa$\xD2\x90P\x88a\x01 \x89\x01a$\x19V[\x92Pa\x02 \x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xEEW__\xFD[a$\xFA\x89\x82\x8A\x01a$0V[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\txW__\xFD[________a\x02\x80\x89\x8B\x03\x12\x15a%8W__\xFD[a%B\x8A\x8Aa$\x19V[\x97Pa\x01\0\x89\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%^W__\xFD[a%j\x8B\x82\x8C\x01a$0V[\x90\x98P\x96Pa%\x7F\x90P\x8Aa\x01 \x8B\x01a$\x19V[\x94Pa\x02 \x89\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\x9BW__\xFD[a%\xA7\x8B\x82\x8C\x01a$0V[\x90\x95P\x93PPa\x02@\x89\x015a%\xBC\x81a%\x0CV[\x97\x9A\x96\x99P\x94\x97\x93\x96\x92\x95\x91\x94P\x91\x92a\x02`\x015\x91PV[_` \x82\x84\x03\x12\x15a%\xE5W__\xFD[P5\x91\x90PV[___``\x84\x86\x03\x12\x15a%\xFEW__\xFD[\x835\x92P` \x84\x015a&\x10\x81a%\x0CV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[___``\x84\x86\x03\x12\x15a&3W__\xFD[PP\x815\x93` \x83\x015\x93P`@\x90\x92\x015\x91\x90PV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x96W__\xFD[\x91\x90PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&\x96W__\xFD[\x805`\xFF\x81\x16\x81\x14a&\x96W__\xFD[____`\x80\x85\x87\x03\x12\x15a&\xD1W__\xFD[\x845a&\xDC\x81a%\x0CV[\x93Pa&\xEA` \x86\x01a&\x7FV[\x92Pa&\xF8`@\x86\x01a&\x9BV[\x91Pa'\x06``\x86\x01a&\xAEV[\x90P\x92\x95\x91\x94P\x92PV[_` \x82\x84\x03\x12\x15a'!W__\xFD[\x815a',\x81a%\x0CV[\x93\x92PPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a'GW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a$*W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@Qa\x01 \x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a'\xFCWa'\xFCa'\xABV[`@R\x90V[`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a'\xFCWa'\xFCa'\xABV[\x80Qa&\x96\x81a%\x0CV[\x80Q`\x05\x81\x10a&\x96W__\xFD[_\x82`\x1F\x83\x01\x12a(NW__\xFD[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(hWa(ha'\xABV[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a(\x97Wa(\x97a'\xABV[`@R\x81\x81R\x83\x82\x01` \x01\x85\x10\x15a(\xAEW__\xFD[\x81` \x85\x01` \x83\x01^_\x91\x81\x01` \x01\x91\x90\x91R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a(\xDAW__\xFD[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a(\xF0W__\xFD[\x82\x01a\x01 \x81\x85\x03\x12\x15a)\x02W__\xFD[a)\na'\xD8V[a)\x13\x82a(&V[\x81Ra)!` \x83\x01a(1V[` \x82\x01Ra)2`@\x83\x01a(&V[`@\x82\x01R``\x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)PW__\xFD[a)\\\x86\x82\x85\x01a(?V[``\x83\x01RP`\x80\x82\x81\x01Q\x90\x82\x01R`\xA0\x80\x83\x01Q\x90\x82\x01R`\xC0\x80\x83\x01Q\x90\x82\x01Ra)\x8C`\xE0\x83\x01a(&V[`\xE0\x82\x01Ra\x01\0\x91\x82\x01Q\x91\x81\x01\x91\x90\x91R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a)\xB6W__\xFD[\x81Qa',\x81a%\x0CV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x13lWa\x13la)\xC1V[_a\x01\0\x82\x84\x03\x12\x80\x15a*\x13W__\xFD[Pa*\x1Ca(\x02V[a*%\x83a&\xAEV[\x81Ra*3` \x84\x01a&\x7FV[` \x82\x01Ra*D`@\x84\x01a&\x9BV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01Ra*_`\x80\x84\x01a&\x9BV[`\x80\x82\x01R`\xA0\x83\x81\x015\x90\x82\x01Ra*z`\xC0\x84\x01a&\x7FV[`\xC0\x82\x01Ra*\x8B`\xE0\x84\x01a&\x9BV[`\xE0\x82\x01R\x93\x92PPPV[_\x81Q\x80` \x84\x01\x85^_\x93\x01\x92\x83RP\x90\x91\x90PV[_a',\x82\x84a*\x97V[_` \x82\x84\x03\x12\x15a*\xC9W__\xFD[PQ\x91\x90PV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8B\x16\x81R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8A`\xF8\x1B\x16`\x01\x82\x01R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89\x16`\x02\x82\x01R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16`\x03\x82\x01R_a+\x90a+\x8Aa+\x84`\x0B\x85\x01\x8Ba*\x97V[\x89a*\x97V[\x87a*\x97V[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86\x16\x81R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85`\xF8\x1B\x16`\x01\x82\x01Ra+\xED`\x02\x82\x01\x85a*\x97V[\x9D\x9CPPPPPPPPPPPPPV[_a,\x12a,\x0C\x83\x86a*\x97V[\x84a*\x97V[\x94\x93PPPPV[__\x85\x85\x11\x15a,(W__\xFD[\x83\x86\x11\x15a,4W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x13lW_\x19` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[_` \x82\x84\x03\x12\x15a,nW__\xFD[a',\x82a&\xAEV[_` \x82\x84\x03\x12\x15a,\x87W__\xFD[a',\x82a&\x7FV[_` \x82\x84\x03\x12\x15a,\xA0W__\xFD[a',\x82a&\x9BV[\x80\x82\x01\x80\x82\x11\x15a\x13lWa\x13la)\xC1V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x13lWa\x13la)\xC1V[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86\x16\x81R_a-\x06`\x01\x83\x01\x87a*\x97V[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x95\x86\x16\x81R\x93\x90\x94\x16`\x01\x84\x01RP`\x02\x82\x01R`\"\x01\x93\x92PPPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87\x16\x81R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86\x16`\x01\x82\x01R\x84`\x02\x82\x01R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16`\"\x82\x01R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83`\xF8\x1B\x16`#\x82\x01R_a-\xF9`$\x83\x01\x84a*\x97V[\x98\x97PPPPPPPPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x16\x81R\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83`\xF8\x1B\x16`\x01\x82\x01R_a.c`\x02\x83\x01\x84a*\x97V[\x95\x94PPPPPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x81R_a,\x12`\x01\x83\x01\x84a*\x97V[__\x19\x82\x03a.\xB0Wa.\xB0a)\xC1V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x82a/\x17W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V\xFE\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyCommitted(bytes32,uint256)` and selector `0xa023ace0`.
```solidity
error AlreadyCommitted(bytes32 commitment, uint256 blockNumber);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyCommitted {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub blockNumber: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadyCommitted> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyCommitted) -> Self {
                (value.commitment, value.blockNumber)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyCommitted {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    commitment: tuple.0,
                    blockNumber: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyCommitted {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyCommitted(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [160u8, 35u8, 172u8, 224u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.blockNumber),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadySlashed(bytes32)` and selector `0x16e5043d`.
```solidity
error AlreadySlashed(bytes32 offence);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadySlashed {
        #[allow(missing_docs)]
        pub offence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadySlashed> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadySlashed) -> Self {
                (value.offence,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadySlashed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { offence: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadySlashed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadySlashed(bytes32)";
            const SELECTOR: [u8; 4] = [22u8, 229u8, 4u8, 61u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.offence),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `EvidenceFromTheFuture(uint64,uint256)` and selector `0xc8b9b28b`.
```solidity
error EvidenceFromTheFuture(uint64 voteTime, uint256 latest);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EvidenceFromTheFuture {
        #[allow(missing_docs)]
        pub voteTime: u64,
        #[allow(missing_docs)]
        pub latest: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<EvidenceFromTheFuture> for UnderlyingRustTuple<'_> {
            fn from(value: EvidenceFromTheFuture) -> Self {
                (value.voteTime, value.latest)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EvidenceFromTheFuture {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    voteTime: tuple.0,
                    latest: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EvidenceFromTheFuture {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EvidenceFromTheFuture(uint64,uint256)";
            const SELECTOR: [u8; 4] = [200u8, 185u8, 178u8, 139u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteTime),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.latest),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `EvidenceTooOld(uint64,uint256)` and selector `0xdf54fdcd`.
```solidity
error EvidenceTooOld(uint64 voteTime, uint256 oldest);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EvidenceTooOld {
        #[allow(missing_docs)]
        pub voteTime: u64,
        #[allow(missing_docs)]
        pub oldest: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<EvidenceTooOld> for UnderlyingRustTuple<'_> {
            fn from(value: EvidenceTooOld) -> Self {
                (value.voteTime, value.oldest)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EvidenceTooOld {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    voteTime: tuple.0,
                    oldest: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EvidenceTooOld {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EvidenceTooOld(uint64,uint256)";
            const SELECTOR: [u8; 4] = [223u8, 84u8, 253u8, 205u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteTime),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.oldest),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `HighS(bytes32)` and selector `0x15f2fa1a`.
```solidity
error HighS(bytes32 s);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HighS {
        #[allow(missing_docs)]
        pub s: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<HighS> for UnderlyingRustTuple<'_> {
            fn from(value: HighS) -> Self {
                (value.s,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for HighS {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { s: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HighS {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HighS(bytes32)";
            const SELECTOR: [u8; 4] = [21u8, 242u8, 250u8, 26u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.s),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidParams(uint256,uint256,uint256)` and selector `0x65b6bfb0`.
```solidity
error InvalidParams(uint256 slashBps, uint256 reporterBps, uint256 maxEvidenceAge);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidParams {
        #[allow(missing_docs)]
        pub slashBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reporterBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxEvidenceAge: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidParams> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidParams) -> Self {
                (value.slashBps, value.reporterBps, value.maxEvidenceAge)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidParams {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    slashBps: tuple.0,
                    reporterBps: tuple.1,
                    maxEvidenceAge: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidParams {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidParams(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [101u8, 182u8, 191u8, 176u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reporterBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxEvidenceAge),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidReporter(address)` and selector `0x10b59d53`.
```solidity
error InvalidReporter(address reporter);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidReporter {
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidReporter> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidReporter) -> Self {
                (value.reporter,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidReporter {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reporter: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidReporter {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidReporter(address)";
            const SELECTOR: [u8; 4] = [16u8, 181u8, 157u8, 83u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.reporter,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSignatureLength(uint256)` and selector `0x2c33b568`.
```solidity
error InvalidSignatureLength(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSignatureLength {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSignatureLength> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSignatureLength) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSignatureLength {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSignatureLength {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSignatureLength(uint256)";
            const SELECTOR: [u8; 4] = [44u8, 51u8, 181u8, 104u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `KeyRetired(address,uint256)` and selector `0x6cb3b045`.
```solidity
error KeyRetired(address signer, uint256 retiredAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct KeyRetired {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub retiredAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<KeyRetired> for UnderlyingRustTuple<'_> {
            fn from(value: KeyRetired) -> Self {
                (value.signer, value.retiredAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for KeyRetired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    signer: tuple.0,
                    retiredAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for KeyRetired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "KeyRetired(address,uint256)";
            const SELECTOR: [u8; 4] = [108u8, 179u8, 176u8, 69u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.retiredAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `MalformedChainId(uint256)` and selector `0x3c86cb8e`.
```solidity
error MalformedChainId(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MalformedChainId {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<MalformedChainId> for UnderlyingRustTuple<'_> {
            fn from(value: MalformedChainId) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for MalformedChainId {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for MalformedChainId {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MalformedChainId(uint256)";
            const SELECTOR: [u8; 4] = [60u8, 134u8, 203u8, 142u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `MalformedVote()` and selector `0xb425a7d6`.
```solidity
error MalformedVote();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MalformedVote;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<MalformedVote> for UnderlyingRustTuple<'_> {
            fn from(value: MalformedVote) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for MalformedVote {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for MalformedVote {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MalformedVote()";
            const SELECTOR: [u8; 4] = [180u8, 37u8, 167u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotCommitted(bytes32)` and selector `0x4ebe8a4d`.
```solidity
error NotCommitted(bytes32 commitment);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotCommitted {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotCommitted> for UnderlyingRustTuple<'_> {
            fn from(value: NotCommitted) -> Self {
                (value.commitment,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotCommitted {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { commitment: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotCommitted {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotCommitted(bytes32)";
            const SELECTOR: [u8; 4] = [78u8, 190u8, 138u8, 77u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotConflicting()` and selector `0x813d59df`.
```solidity
error NotConflicting();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotConflicting;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotConflicting> for UnderlyingRustTuple<'_> {
            fn from(value: NotConflicting) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotConflicting {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotConflicting {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotConflicting()";
            const SELECTOR: [u8; 4] = [129u8, 61u8, 89u8, 223u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingToSlash(uint256)` and selector `0x9bdb1abe`.
```solidity
error NothingToSlash(uint256 id);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingToSlash {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingToSlash> for UnderlyingRustTuple<'_> {
            fn from(value: NothingToSlash) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingToSlash {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingToSlash {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingToSlash(uint256)";
            const SELECTOR: [u8; 4] = [155u8, 219u8, 26u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `OwnableInvalidOwner(address)` and selector `0x1e4fbdf7`.
```solidity
error OwnableInvalidOwner(address owner);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableInvalidOwner {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OwnableInvalidOwner> for UnderlyingRustTuple<'_> {
            fn from(value: OwnableInvalidOwner) -> Self {
                (value.owner,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OwnableInvalidOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableInvalidOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableInvalidOwner(address)";
            const SELECTOR: [u8; 4] = [30u8, 79u8, 189u8, 247u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `OwnableUnauthorizedAccount(address)` and selector `0x118cdaa7`.
```solidity
error OwnableUnauthorizedAccount(address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnableUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OwnableUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: OwnableUnauthorizedAccount) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OwnableUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnableUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnableUnauthorizedAccount(address)";
            const SELECTOR: [u8; 4] = [17u8, 140u8, 218u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ReentrancyGuardReentrantCall()` and selector `0x3ee5aeb5`.
```solidity
error ReentrancyGuardReentrantCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReentrancyGuardReentrantCall;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ReentrancyGuardReentrantCall>
        for UnderlyingRustTuple<'_> {
            fn from(value: ReentrancyGuardReentrantCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ReentrancyGuardReentrantCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReentrancyGuardReentrantCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReentrancyGuardReentrantCall()";
            const SELECTOR: [u8; 4] = [62u8, 229u8, 174u8, 181u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RenounceDisabled()` and selector `0x89051165`.
```solidity
error RenounceDisabled();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RenounceDisabled;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RenounceDisabled> for UnderlyingRustTuple<'_> {
            fn from(value: RenounceDisabled) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RenounceDisabled {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RenounceDisabled {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RenounceDisabled()";
            const SELECTOR: [u8; 4] = [137u8, 5u8, 17u8, 101u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RevealTooEarly(bytes32,uint256)` and selector `0x32d269f4`.
```solidity
error RevealTooEarly(bytes32 commitment, uint256 blockNumber);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RevealTooEarly {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub blockNumber: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RevealTooEarly> for UnderlyingRustTuple<'_> {
            fn from(value: RevealTooEarly) -> Self {
                (value.commitment, value.blockNumber)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RevealTooEarly {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    commitment: tuple.0,
                    blockNumber: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RevealTooEarly {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RevealTooEarly(bytes32,uint256)";
            const SELECTOR: [u8; 4] = [50u8, 210u8, 105u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.blockNumber),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SlashedRecently(uint256,uint256)` and selector `0x5c4a4483`.
```solidity
error SlashedRecently(uint256 id, uint256 until);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlashedRecently {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub until: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SlashedRecently> for UnderlyingRustTuple<'_> {
            fn from(value: SlashedRecently) -> Self {
                (value.id, value.until)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlashedRecently {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    id: tuple.0,
                    until: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlashedRecently {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlashedRecently(uint256,uint256)";
            const SELECTOR: [u8; 4] = [92u8, 74u8, 68u8, 131u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.until),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnknownSigner()` and selector `0x5e4b9f75`.
```solidity
error UnknownSigner();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownSigner;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnknownSigner> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownSigner) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownSigner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownSigner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownSigner()";
            const SELECTOR: [u8; 4] = [94u8, 75u8, 159u8, 117u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAddress()` and selector `0xd92e233d`.
```solidity
error ZeroAddress();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAddress()";
            const SELECTOR: [u8; 4] = [217u8, 46u8, 35u8, 61u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EquivocationSlashed(uint256,address,bytes32,uint64,uint32,uint8,uint256,address,uint256)` and selector `0x59500973d2159914abd372a61f6768821f96210275a28364696c64a18e8d0b75`.
```solidity
event EquivocationSlashed(uint256 indexed id, address indexed signer, bytes32 indexed offence, uint64 height, uint32 round, uint8 voteType, uint256 amount, address reporter, uint256 reward);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EquivocationSlashed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub offence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub height: u64,
        #[allow(missing_docs)]
        pub round: u32,
        #[allow(missing_docs)]
        pub voteType: u8,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EquivocationSlashed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "EquivocationSlashed(uint256,address,bytes32,uint64,uint32,uint8,uint256,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                89u8, 80u8, 9u8, 115u8, 210u8, 21u8, 153u8, 20u8, 171u8, 211u8, 114u8,
                166u8, 31u8, 103u8, 104u8, 130u8, 31u8, 150u8, 33u8, 2u8, 117u8, 162u8,
                131u8, 100u8, 105u8, 108u8, 100u8, 161u8, 142u8, 141u8, 11u8, 117u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    id: topics.1,
                    signer: topics.2,
                    offence: topics.3,
                    height: data.0,
                    round: data.1,
                    voteType: data.2,
                    amount: data.3,
                    reporter: data.4,
                    reward: data.5,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.height),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.round),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteType),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.reporter,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reward),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.id.clone(),
                    self.signer.clone(),
                    self.offence.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.signer,
                );
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.offence);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EquivocationSlashed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EquivocationSlashed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EquivocationSlashed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EvidenceCommitted(bytes32,uint256)` and selector `0xc75ad9276ab527b45085ee3344ed4f7ad0fb91151c308b17b8b8221f52be61ef`.
```solidity
event EvidenceCommitted(bytes32 indexed commitment, uint256 blockNumber);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EvidenceCommitted {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub blockNumber: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EvidenceCommitted {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "EvidenceCommitted(bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                199u8, 90u8, 217u8, 39u8, 106u8, 181u8, 39u8, 180u8, 80u8, 133u8, 238u8,
                51u8, 68u8, 237u8, 79u8, 122u8, 208u8, 251u8, 145u8, 21u8, 28u8, 48u8,
                139u8, 23u8, 184u8, 184u8, 34u8, 31u8, 82u8, 190u8, 97u8, 239u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    commitment: topics.1,
                    blockNumber: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.blockNumber),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.commitment.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.commitment);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EvidenceCommitted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EvidenceCommitted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EvidenceCommitted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EvidenceRevealed(bytes32,bytes32)` and selector `0xbb69a308532800eb9b014d59834c55aa345ac65e92cbf61ff111508c69106e56`.
```solidity
event EvidenceRevealed(bytes32 indexed commitment, bytes32 indexed offence);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EvidenceRevealed {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub offence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EvidenceRevealed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "EvidenceRevealed(bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                187u8, 105u8, 163u8, 8u8, 83u8, 40u8, 0u8, 235u8, 155u8, 1u8, 77u8, 89u8,
                131u8, 76u8, 85u8, 170u8, 52u8, 90u8, 198u8, 94u8, 146u8, 203u8, 246u8,
                31u8, 241u8, 17u8, 80u8, 140u8, 105u8, 16u8, 110u8, 86u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    commitment: topics.1,
                    offence: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.commitment.clone(),
                    self.offence.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.commitment);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.offence);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EvidenceRevealed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EvidenceRevealed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EvidenceRevealed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnershipTransferStarted(address,address)` and selector `0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700`.
```solidity
event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnershipTransferStarted {
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OwnershipTransferStarted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnershipTransferStarted(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                56u8, 209u8, 107u8, 140u8, 172u8, 34u8, 217u8, 159u8, 199u8, 193u8, 36u8,
                185u8, 205u8, 13u8, 226u8, 211u8, 250u8, 31u8, 174u8, 244u8, 32u8, 191u8,
                231u8, 145u8, 216u8, 195u8, 98u8, 215u8, 101u8, 226u8, 39u8, 0u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousOwner: topics.1,
                    newOwner: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousOwner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnershipTransferStarted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnershipTransferStarted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &OwnershipTransferStarted,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnershipTransferred(address,address)` and selector `0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0`.
```solidity
event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnershipTransferred {
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OwnershipTransferred {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnershipTransferred(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousOwner: topics.1,
                    newOwner: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousOwner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnershipTransferred {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnershipTransferred> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnershipTransferred) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ParamsSet(uint256,uint256,uint256)` and selector `0xee5d147c6dd8b96e80762594bab87a5a80c4c7ec653bdb804933445386340b01`.
```solidity
event ParamsSet(uint256 slashBps, uint256 reporterBps, uint256 maxEvidenceAge);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ParamsSet {
        #[allow(missing_docs)]
        pub slashBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reporterBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxEvidenceAge: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ParamsSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ParamsSet(uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                238u8, 93u8, 20u8, 124u8, 109u8, 216u8, 185u8, 110u8, 128u8, 118u8, 37u8,
                148u8, 186u8, 184u8, 122u8, 90u8, 128u8, 196u8, 199u8, 236u8, 101u8,
                59u8, 219u8, 128u8, 73u8, 51u8, 68u8, 83u8, 134u8, 52u8, 11u8, 1u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    slashBps: data.0,
                    reporterBps: data.1,
                    maxEvidenceAge: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reporterBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxEvidenceAge),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ParamsSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ParamsSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ParamsSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address locking, address governance, bytes chainId_, uint256 slashBps_, uint256 reporterBps_, uint256 maxEvidenceAge_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub locking: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub governance: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub chainId_: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub slashBps_: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reporterBps_: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxEvidenceAge_: alloy::sol_types::private::primitives::aliases::U256,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (
                        value.locking,
                        value.governance,
                        value.chainId_,
                        value.slashBps_,
                        value.reporterBps_,
                        value.maxEvidenceAge_,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        locking: tuple.0,
                        governance: tuple.1,
                        chainId_: tuple.2,
                        slashBps_: tuple.3,
                        reporterBps_: tuple.4,
                        maxEvidenceAge_: tuple.5,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.locking,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.governance,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.chainId_,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashBps_),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reporterBps_),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxEvidenceAge_),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `LOCKING()` and selector `0xcca5d6f0`.
```solidity
function LOCKING() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct LOCKINGCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`LOCKING()`](LOCKINGCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct LOCKINGReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<LOCKINGCall> for UnderlyingRustTuple<'_> {
                fn from(value: LOCKINGCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for LOCKINGCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<LOCKINGReturn> for UnderlyingRustTuple<'_> {
                fn from(value: LOCKINGReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for LOCKINGReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for LOCKINGCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "LOCKING()";
            const SELECTOR: [u8; 4] = [204u8, 165u8, 214u8, 240u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: LOCKINGReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: LOCKINGReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_CLOCK_DRIFT()` and selector `0xbd4d75fd`.
```solidity
function MAX_CLOCK_DRIFT() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CLOCK_DRIFTCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_CLOCK_DRIFT()`](MAX_CLOCK_DRIFTCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_CLOCK_DRIFTReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_CLOCK_DRIFTCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CLOCK_DRIFTCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_CLOCK_DRIFTCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_CLOCK_DRIFTReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_CLOCK_DRIFTReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_CLOCK_DRIFTReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_CLOCK_DRIFTCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_CLOCK_DRIFT()";
            const SELECTOR: [u8; 4] = [189u8, 77u8, 117u8, 253u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_CLOCK_DRIFTReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_CLOCK_DRIFTReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_REPORTER_BPS()` and selector `0xd4af96d0`.
```solidity
function MAX_REPORTER_BPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_REPORTER_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_REPORTER_BPS()`](MAX_REPORTER_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_REPORTER_BPSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_REPORTER_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_REPORTER_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_REPORTER_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_REPORTER_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_REPORTER_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_REPORTER_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_REPORTER_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_REPORTER_BPS()";
            const SELECTOR: [u8; 4] = [212u8, 175u8, 150u8, 208u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_REPORTER_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_REPORTER_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_SLASH_BPS()` and selector `0x31440f55`.
```solidity
function MAX_SLASH_BPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SLASH_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_SLASH_BPS()`](MAX_SLASH_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_SLASH_BPSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_SLASH_BPSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SLASH_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_SLASH_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_SLASH_BPSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_SLASH_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_SLASH_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_SLASH_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_SLASH_BPS()";
            const SELECTOR: [u8; 4] = [49u8, 68u8, 15u8, 85u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_SLASH_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_SLASH_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `TOKEN()` and selector `0x82bfefc8`.
```solidity
function TOKEN() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TOKENCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`TOKEN()`](TOKENCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TOKENReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<TOKENCall> for UnderlyingRustTuple<'_> {
                fn from(value: TOKENCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for TOKENCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<TOKENReturn> for UnderlyingRustTuple<'_> {
                fn from(value: TOKENReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for TOKENReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for TOKENCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TOKEN()";
            const SELECTOR: [u8; 4] = [130u8, 191u8, 239u8, 200u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: TOKENReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: TOKENReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `acceptOwnership()` and selector `0x79ba5097`.
```solidity
function acceptOwnership() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptOwnershipCall;
    ///Container type for the return parameters of the [`acceptOwnership()`](acceptOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<acceptOwnershipCall> for UnderlyingRustTuple<'_> {
                fn from(value: acceptOwnershipCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<acceptOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: acceptOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for acceptOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl acceptOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <acceptOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for acceptOwnershipCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = acceptOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "acceptOwnership()";
            const SELECTOR: [u8; 4] = [121u8, 186u8, 80u8, 151u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                acceptOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `chainId()` and selector `0x9a8a0592`.
```solidity
function chainId() external view returns (bytes memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct chainIdCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`chainId()`](chainIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct chainIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Bytes,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<chainIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: chainIdCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for chainIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Bytes,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<chainIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: chainIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for chainIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for chainIdCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Bytes;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "chainId()";
            const SELECTOR: [u8; 4] = [154u8, 138u8, 5u8, 146u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: chainIdReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: chainIdReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commit(bytes32)` and selector `0xf14fcbc8`.
```solidity
function commit(bytes32 commitment) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitCall {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`commit(bytes32)`](commitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitCall> for UnderlyingRustTuple<'_> {
                fn from(value: commitCall) -> Self {
                    (value.commitment,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { commitment: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitReturn> for UnderlyingRustTuple<'_> {
                fn from(value: commitReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl commitReturn {
            fn _tokenize(
                &self,
            ) -> <commitCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commitCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = commitReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commit(bytes32)";
            const SELECTOR: [u8; 4] = [241u8, 79u8, 203u8, 200u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                commitReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commitmentOf(bytes32,address,bytes32)` and selector `0x3b96d711`.
```solidity
function commitmentOf(bytes32 offence, address reporter, bytes32 salt) external pure returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitmentOfCall {
        #[allow(missing_docs)]
        pub offence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`commitmentOf(bytes32,address,bytes32)`](commitmentOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitmentOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitmentOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: commitmentOfCall) -> Self {
                    (value.offence, value.reporter, value.salt)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitmentOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        offence: tuple.0,
                        reporter: tuple.1,
                        salt: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitmentOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: commitmentOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitmentOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commitmentOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commitmentOf(bytes32,address,bytes32)";
            const SELECTOR: [u8; 4] = [59u8, 150u8, 215u8, 17u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.offence),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.reporter,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: commitmentOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: commitmentOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `commitments(bytes32)` and selector `0x839df945`.
```solidity
function commitments(bytes32 commitment) external view returns (uint256 blockNumber);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitmentsCall {
        #[allow(missing_docs)]
        pub commitment: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`commitments(bytes32)`](commitmentsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct commitmentsReturn {
        #[allow(missing_docs)]
        pub blockNumber: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitmentsCall> for UnderlyingRustTuple<'_> {
                fn from(value: commitmentsCall) -> Self {
                    (value.commitment,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitmentsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { commitment: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<commitmentsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: commitmentsReturn) -> Self {
                    (value.blockNumber,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for commitmentsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { blockNumber: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for commitmentsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "commitments(bytes32)";
            const SELECTOR: [u8; 4] = [131u8, 157u8, 249u8, 69u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.commitment),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: commitmentsReturn = r.into();
                        r.blockNumber
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: commitmentsReturn = r.into();
                        r.blockNumber
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `lastSlashedAt(uint256)` and selector `0x189bf33d`.
```solidity
function lastSlashedAt(uint256 id) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct lastSlashedAtCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`lastSlashedAt(uint256)`](lastSlashedAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct lastSlashedAtReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<lastSlashedAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: lastSlashedAtCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for lastSlashedAtCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<lastSlashedAtReturn> for UnderlyingRustTuple<'_> {
                fn from(value: lastSlashedAtReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for lastSlashedAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for lastSlashedAtCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "lastSlashedAt(uint256)";
            const SELECTOR: [u8; 4] = [24u8, 155u8, 243u8, 61u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: lastSlashedAtReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: lastSlashedAtReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `offenceKey(address,uint64,uint32,uint8)` and selector `0xea891be4`.
```solidity
function offenceKey(address signer, uint64 height, uint32 round, uint8 voteType) external pure returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct offenceKeyCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub height: u64,
        #[allow(missing_docs)]
        pub round: u32,
        #[allow(missing_docs)]
        pub voteType: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`offenceKey(address,uint64,uint32,uint8)`](offenceKeyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct offenceKeyReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u64,
                u32,
                u8,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<offenceKeyCall> for UnderlyingRustTuple<'_> {
                fn from(value: offenceKeyCall) -> Self {
                    (value.signer, value.height, value.round, value.voteType)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for offenceKeyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        signer: tuple.0,
                        height: tuple.1,
                        round: tuple.2,
                        voteType: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<offenceKeyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: offenceKeyReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for offenceKeyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for offenceKeyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "offenceKey(address,uint64,uint32,uint8)";
            const SELECTOR: [u8; 4] = [234u8, 137u8, 27u8, 228u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.height),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.round),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.voteType),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: offenceKeyReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: offenceKeyReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `owner()` and selector `0x8da5cb5b`.
```solidity
function owner() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`owner()`](ownerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerCall> for UnderlyingRustTuple<'_> {
                fn from(value: ownerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ownerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ownerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "owner()";
            const SELECTOR: [u8; 4] = [141u8, 165u8, 203u8, 91u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: ownerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: ownerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `params()` and selector `0xcff0ab96`.
```solidity
function params() external view returns (uint256 slashBps, uint256 reporterBps, uint256 maxEvidenceAge);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct paramsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`params()`](paramsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct paramsReturn {
        #[allow(missing_docs)]
        pub slashBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reporterBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxEvidenceAge: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<paramsCall> for UnderlyingRustTuple<'_> {
                fn from(value: paramsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for paramsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<paramsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: paramsReturn) -> Self {
                    (value.slashBps, value.reporterBps, value.maxEvidenceAge)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for paramsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        slashBps: tuple.0,
                        reporterBps: tuple.1,
                        maxEvidenceAge: tuple.2,
                    }
                }
            }
        }
        impl paramsReturn {
            fn _tokenize(
                &self,
            ) -> <paramsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reporterBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxEvidenceAge),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for paramsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = paramsReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "params()";
            const SELECTOR: [u8; 4] = [207u8, 240u8, 171u8, 150u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                paramsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pendingOwner()` and selector `0xe30c3978`.
```solidity
function pendingOwner() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingOwnerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingOwner()`](pendingOwnerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingOwnerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingOwnerCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingOwnerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingOwnerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pendingOwnerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingOwnerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingOwnerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingOwnerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingOwner()";
            const SELECTOR: [u8; 4] = [227u8, 12u8, 57u8, 120u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: pendingOwnerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: pendingOwnerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceOwnership()` and selector `0x715018a6`.
```solidity
function renounceOwnership() external view;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipCall;
    ///Container type for the return parameters of the [`renounceOwnership()`](renounceOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <renounceOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceOwnershipCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceOwnership()";
            const SELECTOR: [u8; 4] = [113u8, 80u8, 24u8, 166u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `reveal((uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes,(uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes,address,bytes32)` and selector `0x14fe4dc5`.
```solidity
function reveal(CanonicalVote.Vote memory a, bytes memory sigA, CanonicalVote.Vote memory b, bytes memory sigB, address reporter, bytes32 salt) external returns (uint256 id, uint256 amount, uint256 reward);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revealCall {
        #[allow(missing_docs)]
        pub a: <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub sigA: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub b: <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub sigB: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`reveal((uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes,(uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes,address,bytes32)`](revealCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revealReturn {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reward: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                CanonicalVote::Vote,
                alloy::sol_types::sol_data::Bytes,
                CanonicalVote::Vote,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revealCall> for UnderlyingRustTuple<'_> {
                fn from(value: revealCall) -> Self {
                    (
                        value.a,
                        value.sigA,
                        value.b,
                        value.sigB,
                        value.reporter,
                        value.salt,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revealCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        a: tuple.0,
                        sigA: tuple.1,
                        b: tuple.2,
                        sigB: tuple.3,
                        reporter: tuple.4,
                        salt: tuple.5,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revealReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revealReturn) -> Self {
                    (value.id, value.amount, value.reward)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revealReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        id: tuple.0,
                        amount: tuple.1,
                        reward: tuple.2,
                    }
                }
            }
        }
        impl revealReturn {
            fn _tokenize(
                &self,
            ) -> <revealCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reward),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revealCall {
            type Parameters<'a> = (
                CanonicalVote::Vote,
                alloy::sol_types::sol_data::Bytes,
                CanonicalVote::Vote,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revealReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reveal((uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes,(uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes,address,bytes32)";
            const SELECTOR: [u8; 4] = [20u8, 254u8, 77u8, 197u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <CanonicalVote::Vote as alloy_sol_types::SolType>::tokenize(&self.a),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.sigA,
                    ),
                    <CanonicalVote::Vote as alloy_sol_types::SolType>::tokenize(&self.b),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.sigB,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.reporter,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revealReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setParams(uint256,uint256,uint256)` and selector `0x5a0ce676`.
```solidity
function setParams(uint256 slashBps_, uint256 reporterBps_, uint256 maxEvidenceAge_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setParamsCall {
        #[allow(missing_docs)]
        pub slashBps_: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reporterBps_: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxEvidenceAge_: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setParams(uint256,uint256,uint256)`](setParamsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setParamsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setParamsCall> for UnderlyingRustTuple<'_> {
                fn from(value: setParamsCall) -> Self {
                    (value.slashBps_, value.reporterBps_, value.maxEvidenceAge_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setParamsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        slashBps_: tuple.0,
                        reporterBps_: tuple.1,
                        maxEvidenceAge_: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setParamsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setParamsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setParamsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setParamsReturn {
            fn _tokenize(
                &self,
            ) -> <setParamsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setParamsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setParamsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setParams(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [90u8, 12u8, 230u8, 118u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.slashBps_),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.reporterBps_),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxEvidenceAge_),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setParamsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `signerOf((uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes,(uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes)` and selector `0x04abb85f`.
```solidity
function signerOf(CanonicalVote.Vote memory a, bytes memory sigA, CanonicalVote.Vote memory b, bytes memory sigB) external view returns (address signer);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signerOfCall {
        #[allow(missing_docs)]
        pub a: <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub sigA: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub b: <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub sigB: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`signerOf((uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes,(uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes)`](signerOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signerOfReturn {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                CanonicalVote::Vote,
                alloy::sol_types::sol_data::Bytes,
                CanonicalVote::Vote,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signerOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: signerOfCall) -> Self {
                    (value.a, value.sigA, value.b, value.sigB)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signerOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        a: tuple.0,
                        sigA: tuple.1,
                        b: tuple.2,
                        sigB: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signerOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: signerOfReturn) -> Self {
                    (value.signer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signerOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for signerOfCall {
            type Parameters<'a> = (
                CanonicalVote::Vote,
                alloy::sol_types::sol_data::Bytes,
                CanonicalVote::Vote,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "signerOf((uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes,(uint8,uint64,uint32,bytes32,uint32,bytes32,uint64,uint32),bytes)";
            const SELECTOR: [u8; 4] = [4u8, 171u8, 184u8, 95u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <CanonicalVote::Vote as alloy_sol_types::SolType>::tokenize(&self.a),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.sigA,
                    ),
                    <CanonicalVote::Vote as alloy_sol_types::SolType>::tokenize(&self.b),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.sigB,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: signerOfReturn = r.into();
                        r.signer
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: signerOfReturn = r.into();
                        r.signer
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashed(bytes32)` and selector `0x61b143df`.
```solidity
function slashed(bytes32 offence) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashedCall {
        #[allow(missing_docs)]
        pub offence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashed(bytes32)`](slashedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashedCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashedCall) -> Self {
                    (value.offence,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { offence: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashed(bytes32)";
            const SELECTOR: [u8; 4] = [97u8, 177u8, 67u8, 223u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.offence),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slashedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slashedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `transferOwnership(address)` and selector `0xf2fde38b`.
```solidity
function transferOwnership(address newOwner) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipCall {
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`transferOwnership(address)`](transferOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipCall) -> Self {
                    (value.newOwner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newOwner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <transferOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferOwnershipCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferOwnership(address)";
            const SELECTOR: [u8; 4] = [242u8, 253u8, 227u8, 139u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newOwner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    ///Container for all the [`EquivocationSlasher`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum EquivocationSlasherCalls {
        #[allow(missing_docs)]
        LOCKING(LOCKINGCall),
        #[allow(missing_docs)]
        MAX_CLOCK_DRIFT(MAX_CLOCK_DRIFTCall),
        #[allow(missing_docs)]
        MAX_REPORTER_BPS(MAX_REPORTER_BPSCall),
        #[allow(missing_docs)]
        MAX_SLASH_BPS(MAX_SLASH_BPSCall),
        #[allow(missing_docs)]
        TOKEN(TOKENCall),
        #[allow(missing_docs)]
        acceptOwnership(acceptOwnershipCall),
        #[allow(missing_docs)]
        chainId(chainIdCall),
        #[allow(missing_docs)]
        commit(commitCall),
        #[allow(missing_docs)]
        commitmentOf(commitmentOfCall),
        #[allow(missing_docs)]
        commitments(commitmentsCall),
        #[allow(missing_docs)]
        lastSlashedAt(lastSlashedAtCall),
        #[allow(missing_docs)]
        offenceKey(offenceKeyCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        params(paramsCall),
        #[allow(missing_docs)]
        pendingOwner(pendingOwnerCall),
        #[allow(missing_docs)]
        renounceOwnership(renounceOwnershipCall),
        #[allow(missing_docs)]
        reveal(revealCall),
        #[allow(missing_docs)]
        setParams(setParamsCall),
        #[allow(missing_docs)]
        signerOf(signerOfCall),
        #[allow(missing_docs)]
        slashed(slashedCall),
        #[allow(missing_docs)]
        transferOwnership(transferOwnershipCall),
    }
    impl EquivocationSlasherCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [4u8, 171u8, 184u8, 95u8],
            [20u8, 254u8, 77u8, 197u8],
            [24u8, 155u8, 243u8, 61u8],
            [49u8, 68u8, 15u8, 85u8],
            [59u8, 150u8, 215u8, 17u8],
            [90u8, 12u8, 230u8, 118u8],
            [97u8, 177u8, 67u8, 223u8],
            [113u8, 80u8, 24u8, 166u8],
            [121u8, 186u8, 80u8, 151u8],
            [130u8, 191u8, 239u8, 200u8],
            [131u8, 157u8, 249u8, 69u8],
            [141u8, 165u8, 203u8, 91u8],
            [154u8, 138u8, 5u8, 146u8],
            [189u8, 77u8, 117u8, 253u8],
            [204u8, 165u8, 214u8, 240u8],
            [207u8, 240u8, 171u8, 150u8],
            [212u8, 175u8, 150u8, 208u8],
            [227u8, 12u8, 57u8, 120u8],
            [234u8, 137u8, 27u8, 228u8],
            [241u8, 79u8, 203u8, 200u8],
            [242u8, 253u8, 227u8, 139u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(signerOf),
            ::core::stringify!(reveal),
            ::core::stringify!(lastSlashedAt),
            ::core::stringify!(MAX_SLASH_BPS),
            ::core::stringify!(commitmentOf),
            ::core::stringify!(setParams),
            ::core::stringify!(slashed),
            ::core::stringify!(renounceOwnership),
            ::core::stringify!(acceptOwnership),
            ::core::stringify!(TOKEN),
            ::core::stringify!(commitments),
            ::core::stringify!(owner),
            ::core::stringify!(chainId),
            ::core::stringify!(MAX_CLOCK_DRIFT),
            ::core::stringify!(LOCKING),
            ::core::stringify!(params),
            ::core::stringify!(MAX_REPORTER_BPS),
            ::core::stringify!(pendingOwner),
            ::core::stringify!(offenceKey),
            ::core::stringify!(commit),
            ::core::stringify!(transferOwnership),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <signerOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revealCall as alloy_sol_types::SolCall>::SIGNATURE,
            <lastSlashedAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_SLASH_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commitmentOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setParamsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <TOKENCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commitmentsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <chainIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_CLOCK_DRIFTCall as alloy_sol_types::SolCall>::SIGNATURE,
            <LOCKINGCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paramsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_REPORTER_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingOwnerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <offenceKeyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <commitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for EquivocationSlasherCalls {
        const NAME: &'static str = "EquivocationSlasherCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 21usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::LOCKING(_) => <LOCKINGCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::MAX_CLOCK_DRIFT(_) => {
                    <MAX_CLOCK_DRIFTCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_REPORTER_BPS(_) => {
                    <MAX_REPORTER_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_SLASH_BPS(_) => {
                    <MAX_SLASH_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::TOKEN(_) => <TOKENCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::acceptOwnership(_) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::chainId(_) => <chainIdCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::commit(_) => <commitCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::commitmentOf(_) => {
                    <commitmentOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::commitments(_) => {
                    <commitmentsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::lastSlashedAt(_) => {
                    <lastSlashedAtCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::offenceKey(_) => {
                    <offenceKeyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::params(_) => <paramsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingOwner(_) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceOwnership(_) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::reveal(_) => <revealCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setParams(_) => {
                    <setParamsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::signerOf(_) => <signerOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slashed(_) => <slashedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::transferOwnership(_) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<EquivocationSlasherCalls>] = &[
                {
                    fn signerOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <signerOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::signerOf)
                    }
                    signerOf
                },
                {
                    fn reveal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <revealCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::reveal)
                    }
                    reveal
                },
                {
                    fn lastSlashedAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <lastSlashedAtCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::lastSlashedAt)
                    }
                    lastSlashedAt
                },
                {
                    fn MAX_SLASH_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <MAX_SLASH_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::MAX_SLASH_BPS)
                    }
                    MAX_SLASH_BPS
                },
                {
                    fn commitmentOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <commitmentOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::commitmentOf)
                    }
                    commitmentOf
                },
                {
                    fn setParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <setParamsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::setParams)
                    }
                    setParams
                },
                {
                    fn slashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <slashedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::slashed)
                    }
                    slashed
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn acceptOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::acceptOwnership)
                    }
                    acceptOwnership
                },
                {
                    fn TOKEN(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <TOKENCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::TOKEN)
                    }
                    TOKEN
                },
                {
                    fn commitments(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <commitmentsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::commitments)
                    }
                    commitments
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::owner)
                    }
                    owner
                },
                {
                    fn chainId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <chainIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::chainId)
                    }
                    chainId
                },
                {
                    fn MAX_CLOCK_DRIFT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <MAX_CLOCK_DRIFTCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::MAX_CLOCK_DRIFT)
                    }
                    MAX_CLOCK_DRIFT
                },
                {
                    fn LOCKING(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <LOCKINGCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::LOCKING)
                    }
                    LOCKING
                },
                {
                    fn params(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <paramsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::params)
                    }
                    params
                },
                {
                    fn MAX_REPORTER_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <MAX_REPORTER_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::MAX_REPORTER_BPS)
                    }
                    MAX_REPORTER_BPS
                },
                {
                    fn pendingOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <pendingOwnerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::pendingOwner)
                    }
                    pendingOwner
                },
                {
                    fn offenceKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <offenceKeyCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::offenceKey)
                    }
                    offenceKey
                },
                {
                    fn commit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <commitCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EquivocationSlasherCalls::commit)
                    }
                    commit
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherCalls::transferOwnership)
                    }
                    transferOwnership
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<EquivocationSlasherCalls>] = &[
                {
                    fn signerOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <signerOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::signerOf)
                    }
                    signerOf
                },
                {
                    fn reveal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <revealCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::reveal)
                    }
                    reveal
                },
                {
                    fn lastSlashedAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <lastSlashedAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::lastSlashedAt)
                    }
                    lastSlashedAt
                },
                {
                    fn MAX_SLASH_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <MAX_SLASH_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::MAX_SLASH_BPS)
                    }
                    MAX_SLASH_BPS
                },
                {
                    fn commitmentOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <commitmentOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::commitmentOf)
                    }
                    commitmentOf
                },
                {
                    fn setParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <setParamsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::setParams)
                    }
                    setParams
                },
                {
                    fn slashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <slashedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::slashed)
                    }
                    slashed
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn acceptOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::acceptOwnership)
                    }
                    acceptOwnership
                },
                {
                    fn TOKEN(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <TOKENCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::TOKEN)
                    }
                    TOKEN
                },
                {
                    fn commitments(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <commitmentsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::commitments)
                    }
                    commitments
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::owner)
                    }
                    owner
                },
                {
                    fn chainId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <chainIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::chainId)
                    }
                    chainId
                },
                {
                    fn MAX_CLOCK_DRIFT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <MAX_CLOCK_DRIFTCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::MAX_CLOCK_DRIFT)
                    }
                    MAX_CLOCK_DRIFT
                },
                {
                    fn LOCKING(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <LOCKINGCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::LOCKING)
                    }
                    LOCKING
                },
                {
                    fn params(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <paramsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::params)
                    }
                    params
                },
                {
                    fn MAX_REPORTER_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <MAX_REPORTER_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::MAX_REPORTER_BPS)
                    }
                    MAX_REPORTER_BPS
                },
                {
                    fn pendingOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <pendingOwnerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::pendingOwner)
                    }
                    pendingOwner
                },
                {
                    fn offenceKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <offenceKeyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::offenceKey)
                    }
                    offenceKey
                },
                {
                    fn commit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <commitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::commit)
                    }
                    commit
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherCalls::transferOwnership)
                    }
                    transferOwnership
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::LOCKING(inner) => {
                    <LOCKINGCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_CLOCK_DRIFT(inner) => {
                    <MAX_CLOCK_DRIFTCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_REPORTER_BPS(inner) => {
                    <MAX_REPORTER_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_SLASH_BPS(inner) => {
                    <MAX_SLASH_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TOKEN(inner) => {
                    <TOKENCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::acceptOwnership(inner) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::chainId(inner) => {
                    <chainIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::commit(inner) => {
                    <commitCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::commitmentOf(inner) => {
                    <commitmentOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::commitments(inner) => {
                    <commitmentsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::lastSlashedAt(inner) => {
                    <lastSlashedAtCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::offenceKey(inner) => {
                    <offenceKeyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::params(inner) => {
                    <paramsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingOwner(inner) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::reveal(inner) => {
                    <revealCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setParams(inner) => {
                    <setParamsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::signerOf(inner) => {
                    <signerOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slashed(inner) => {
                    <slashedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::LOCKING(inner) => {
                    <LOCKINGCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_CLOCK_DRIFT(inner) => {
                    <MAX_CLOCK_DRIFTCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_REPORTER_BPS(inner) => {
                    <MAX_REPORTER_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_SLASH_BPS(inner) => {
                    <MAX_SLASH_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TOKEN(inner) => {
                    <TOKENCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::acceptOwnership(inner) => {
                    <acceptOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::chainId(inner) => {
                    <chainIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::commit(inner) => {
                    <commitCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::commitmentOf(inner) => {
                    <commitmentOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::commitments(inner) => {
                    <commitmentsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::lastSlashedAt(inner) => {
                    <lastSlashedAtCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::offenceKey(inner) => {
                    <offenceKeyCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::params(inner) => {
                    <paramsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pendingOwner(inner) => {
                    <pendingOwnerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::reveal(inner) => {
                    <revealCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setParams(inner) => {
                    <setParamsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::signerOf(inner) => {
                    <signerOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashed(inner) => {
                    <slashedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`EquivocationSlasher`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum EquivocationSlasherErrors {
        #[allow(missing_docs)]
        AlreadyCommitted(AlreadyCommitted),
        #[allow(missing_docs)]
        AlreadySlashed(AlreadySlashed),
        #[allow(missing_docs)]
        EvidenceFromTheFuture(EvidenceFromTheFuture),
        #[allow(missing_docs)]
        EvidenceTooOld(EvidenceTooOld),
        #[allow(missing_docs)]
        HighS(HighS),
        #[allow(missing_docs)]
        InvalidParams(InvalidParams),
        #[allow(missing_docs)]
        InvalidReporter(InvalidReporter),
        #[allow(missing_docs)]
        InvalidSignatureLength(InvalidSignatureLength),
        #[allow(missing_docs)]
        KeyRetired(KeyRetired),
        #[allow(missing_docs)]
        MalformedChainId(MalformedChainId),
        #[allow(missing_docs)]
        MalformedVote(MalformedVote),
        #[allow(missing_docs)]
        NotCommitted(NotCommitted),
        #[allow(missing_docs)]
        NotConflicting(NotConflicting),
        #[allow(missing_docs)]
        NothingToSlash(NothingToSlash),
        #[allow(missing_docs)]
        OwnableInvalidOwner(OwnableInvalidOwner),
        #[allow(missing_docs)]
        OwnableUnauthorizedAccount(OwnableUnauthorizedAccount),
        #[allow(missing_docs)]
        ReentrancyGuardReentrantCall(ReentrancyGuardReentrantCall),
        #[allow(missing_docs)]
        RenounceDisabled(RenounceDisabled),
        #[allow(missing_docs)]
        RevealTooEarly(RevealTooEarly),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        SlashedRecently(SlashedRecently),
        #[allow(missing_docs)]
        UnknownSigner(UnknownSigner),
        #[allow(missing_docs)]
        ZeroAddress(ZeroAddress),
    }
    impl EquivocationSlasherErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [16u8, 181u8, 157u8, 83u8],
            [17u8, 140u8, 218u8, 167u8],
            [21u8, 242u8, 250u8, 26u8],
            [22u8, 229u8, 4u8, 61u8],
            [30u8, 79u8, 189u8, 247u8],
            [44u8, 51u8, 181u8, 104u8],
            [50u8, 210u8, 105u8, 244u8],
            [60u8, 134u8, 203u8, 142u8],
            [62u8, 229u8, 174u8, 181u8],
            [78u8, 190u8, 138u8, 77u8],
            [82u8, 116u8, 175u8, 231u8],
            [92u8, 74u8, 68u8, 131u8],
            [94u8, 75u8, 159u8, 117u8],
            [101u8, 182u8, 191u8, 176u8],
            [108u8, 179u8, 176u8, 69u8],
            [129u8, 61u8, 89u8, 223u8],
            [137u8, 5u8, 17u8, 101u8],
            [155u8, 219u8, 26u8, 190u8],
            [160u8, 35u8, 172u8, 224u8],
            [180u8, 37u8, 167u8, 214u8],
            [200u8, 185u8, 178u8, 139u8],
            [217u8, 46u8, 35u8, 61u8],
            [223u8, 84u8, 253u8, 205u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(InvalidReporter),
            ::core::stringify!(OwnableUnauthorizedAccount),
            ::core::stringify!(HighS),
            ::core::stringify!(AlreadySlashed),
            ::core::stringify!(OwnableInvalidOwner),
            ::core::stringify!(InvalidSignatureLength),
            ::core::stringify!(RevealTooEarly),
            ::core::stringify!(MalformedChainId),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(NotCommitted),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(SlashedRecently),
            ::core::stringify!(UnknownSigner),
            ::core::stringify!(InvalidParams),
            ::core::stringify!(KeyRetired),
            ::core::stringify!(NotConflicting),
            ::core::stringify!(RenounceDisabled),
            ::core::stringify!(NothingToSlash),
            ::core::stringify!(AlreadyCommitted),
            ::core::stringify!(MalformedVote),
            ::core::stringify!(EvidenceFromTheFuture),
            ::core::stringify!(ZeroAddress),
            ::core::stringify!(EvidenceTooOld),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <InvalidReporter as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <HighS as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadySlashed as alloy_sol_types::SolError>::SIGNATURE,
            <OwnableInvalidOwner as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignatureLength as alloy_sol_types::SolError>::SIGNATURE,
            <RevealTooEarly as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedChainId as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <NotCommitted as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <SlashedRecently as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownSigner as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidParams as alloy_sol_types::SolError>::SIGNATURE,
            <KeyRetired as alloy_sol_types::SolError>::SIGNATURE,
            <NotConflicting as alloy_sol_types::SolError>::SIGNATURE,
            <RenounceDisabled as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToSlash as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyCommitted as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedVote as alloy_sol_types::SolError>::SIGNATURE,
            <EvidenceFromTheFuture as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <EvidenceTooOld as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for EquivocationSlasherErrors {
        const NAME: &'static str = "EquivocationSlasherErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 23usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AlreadyCommitted(_) => {
                    <AlreadyCommitted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AlreadySlashed(_) => {
                    <AlreadySlashed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::EvidenceFromTheFuture(_) => {
                    <EvidenceFromTheFuture as alloy_sol_types::SolError>::SELECTOR
                }
                Self::EvidenceTooOld(_) => {
                    <EvidenceTooOld as alloy_sol_types::SolError>::SELECTOR
                }
                Self::HighS(_) => <HighS as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidParams(_) => {
                    <InvalidParams as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidReporter(_) => {
                    <InvalidReporter as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSignatureLength(_) => {
                    <InvalidSignatureLength as alloy_sol_types::SolError>::SELECTOR
                }
                Self::KeyRetired(_) => {
                    <KeyRetired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::MalformedChainId(_) => {
                    <MalformedChainId as alloy_sol_types::SolError>::SELECTOR
                }
                Self::MalformedVote(_) => {
                    <MalformedVote as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotCommitted(_) => {
                    <NotCommitted as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotConflicting(_) => {
                    <NotConflicting as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NothingToSlash(_) => {
                    <NothingToSlash as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableInvalidOwner(_) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnableUnauthorizedAccount(_) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ReentrancyGuardReentrantCall(_) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RenounceDisabled(_) => {
                    <RenounceDisabled as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RevealTooEarly(_) => {
                    <RevealTooEarly as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SlashedRecently(_) => {
                    <SlashedRecently as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UnknownSigner(_) => {
                    <UnknownSigner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAddress(_) => {
                    <ZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<EquivocationSlasherErrors>] = &[
                {
                    fn InvalidReporter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <InvalidReporter as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::InvalidReporter)
                    }
                    InvalidReporter
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn HighS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <HighS as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EquivocationSlasherErrors::HighS)
                    }
                    HighS
                },
                {
                    fn AlreadySlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <AlreadySlashed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::AlreadySlashed)
                    }
                    AlreadySlashed
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn InvalidSignatureLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <InvalidSignatureLength as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::InvalidSignatureLength)
                    }
                    InvalidSignatureLength
                },
                {
                    fn RevealTooEarly(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <RevealTooEarly as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::RevealTooEarly)
                    }
                    RevealTooEarly
                },
                {
                    fn MalformedChainId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <MalformedChainId as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::MalformedChainId)
                    }
                    MalformedChainId
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn NotCommitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <NotCommitted as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EquivocationSlasherErrors::NotCommitted)
                    }
                    NotCommitted
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn SlashedRecently(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <SlashedRecently as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::SlashedRecently)
                    }
                    SlashedRecently
                },
                {
                    fn UnknownSigner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <UnknownSigner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::UnknownSigner)
                    }
                    UnknownSigner
                },
                {
                    fn InvalidParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <InvalidParams as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::InvalidParams)
                    }
                    InvalidParams
                },
                {
                    fn KeyRetired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <KeyRetired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EquivocationSlasherErrors::KeyRetired)
                    }
                    KeyRetired
                },
                {
                    fn NotConflicting(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <NotConflicting as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::NotConflicting)
                    }
                    NotConflicting
                },
                {
                    fn RenounceDisabled(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <RenounceDisabled as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::RenounceDisabled)
                    }
                    RenounceDisabled
                },
                {
                    fn NothingToSlash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <NothingToSlash as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::NothingToSlash)
                    }
                    NothingToSlash
                },
                {
                    fn AlreadyCommitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <AlreadyCommitted as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::AlreadyCommitted)
                    }
                    AlreadyCommitted
                },
                {
                    fn MalformedVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <MalformedVote as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::MalformedVote)
                    }
                    MalformedVote
                },
                {
                    fn EvidenceFromTheFuture(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <EvidenceFromTheFuture as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::EvidenceFromTheFuture)
                    }
                    EvidenceFromTheFuture
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EquivocationSlasherErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn EvidenceTooOld(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <EvidenceTooOld as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(EquivocationSlasherErrors::EvidenceTooOld)
                    }
                    EvidenceTooOld
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<EquivocationSlasherErrors>] = &[
                {
                    fn InvalidReporter(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <InvalidReporter as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::InvalidReporter)
                    }
                    InvalidReporter
                },
                {
                    fn OwnableUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::OwnableUnauthorizedAccount)
                    }
                    OwnableUnauthorizedAccount
                },
                {
                    fn HighS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <HighS as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::HighS)
                    }
                    HighS
                },
                {
                    fn AlreadySlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <AlreadySlashed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::AlreadySlashed)
                    }
                    AlreadySlashed
                },
                {
                    fn OwnableInvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::OwnableInvalidOwner)
                    }
                    OwnableInvalidOwner
                },
                {
                    fn InvalidSignatureLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <InvalidSignatureLength as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::InvalidSignatureLength)
                    }
                    InvalidSignatureLength
                },
                {
                    fn RevealTooEarly(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <RevealTooEarly as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::RevealTooEarly)
                    }
                    RevealTooEarly
                },
                {
                    fn MalformedChainId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <MalformedChainId as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::MalformedChainId)
                    }
                    MalformedChainId
                },
                {
                    fn ReentrancyGuardReentrantCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn NotCommitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <NotCommitted as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::NotCommitted)
                    }
                    NotCommitted
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn SlashedRecently(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <SlashedRecently as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::SlashedRecently)
                    }
                    SlashedRecently
                },
                {
                    fn UnknownSigner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <UnknownSigner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::UnknownSigner)
                    }
                    UnknownSigner
                },
                {
                    fn InvalidParams(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <InvalidParams as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::InvalidParams)
                    }
                    InvalidParams
                },
                {
                    fn KeyRetired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <KeyRetired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::KeyRetired)
                    }
                    KeyRetired
                },
                {
                    fn NotConflicting(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <NotConflicting as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::NotConflicting)
                    }
                    NotConflicting
                },
                {
                    fn RenounceDisabled(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <RenounceDisabled as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::RenounceDisabled)
                    }
                    RenounceDisabled
                },
                {
                    fn NothingToSlash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <NothingToSlash as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::NothingToSlash)
                    }
                    NothingToSlash
                },
                {
                    fn AlreadyCommitted(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <AlreadyCommitted as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::AlreadyCommitted)
                    }
                    AlreadyCommitted
                },
                {
                    fn MalformedVote(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <MalformedVote as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::MalformedVote)
                    }
                    MalformedVote
                },
                {
                    fn EvidenceFromTheFuture(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <EvidenceFromTheFuture as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::EvidenceFromTheFuture)
                    }
                    EvidenceFromTheFuture
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn EvidenceTooOld(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<EquivocationSlasherErrors> {
                        <EvidenceTooOld as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(EquivocationSlasherErrors::EvidenceTooOld)
                    }
                    EvidenceTooOld
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AlreadyCommitted(inner) => {
                    <AlreadyCommitted as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AlreadySlashed(inner) => {
                    <AlreadySlashed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EvidenceFromTheFuture(inner) => {
                    <EvidenceFromTheFuture as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::EvidenceTooOld(inner) => {
                    <EvidenceTooOld as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::HighS(inner) => {
                    <HighS as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidParams(inner) => {
                    <InvalidParams as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidReporter(inner) => {
                    <InvalidReporter as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidSignatureLength(inner) => {
                    <InvalidSignatureLength as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::KeyRetired(inner) => {
                    <KeyRetired as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::MalformedChainId(inner) => {
                    <MalformedChainId as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MalformedVote(inner) => {
                    <MalformedVote as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotCommitted(inner) => {
                    <NotCommitted as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotConflicting(inner) => {
                    <NotConflicting as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NothingToSlash(inner) => {
                    <NothingToSlash as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RenounceDisabled(inner) => {
                    <RenounceDisabled as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RevealTooEarly(inner) => {
                    <RevealTooEarly as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SlashedRecently(inner) => {
                    <SlashedRecently as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UnknownSigner(inner) => {
                    <UnknownSigner as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AlreadyCommitted(inner) => {
                    <AlreadyCommitted as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AlreadySlashed(inner) => {
                    <AlreadySlashed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::EvidenceFromTheFuture(inner) => {
                    <EvidenceFromTheFuture as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::EvidenceTooOld(inner) => {
                    <EvidenceTooOld as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::HighS(inner) => {
                    <HighS as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidParams(inner) => {
                    <InvalidParams as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidReporter(inner) => {
                    <InvalidReporter as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSignatureLength(inner) => {
                    <InvalidSignatureLength as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::KeyRetired(inner) => {
                    <KeyRetired as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::MalformedChainId(inner) => {
                    <MalformedChainId as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MalformedVote(inner) => {
                    <MalformedVote as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotCommitted(inner) => {
                    <NotCommitted as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotConflicting(inner) => {
                    <NotConflicting as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NothingToSlash(inner) => {
                    <NothingToSlash as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableInvalidOwner(inner) => {
                    <OwnableInvalidOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnableUnauthorizedAccount(inner) => {
                    <OwnableUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RenounceDisabled(inner) => {
                    <RenounceDisabled as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RevealTooEarly(inner) => {
                    <RevealTooEarly as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SlashedRecently(inner) => {
                    <SlashedRecently as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UnknownSigner(inner) => {
                    <UnknownSigner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`EquivocationSlasher`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum EquivocationSlasherEvents {
        #[allow(missing_docs)]
        EquivocationSlashed(EquivocationSlashed),
        #[allow(missing_docs)]
        EvidenceCommitted(EvidenceCommitted),
        #[allow(missing_docs)]
        EvidenceRevealed(EvidenceRevealed),
        #[allow(missing_docs)]
        OwnershipTransferStarted(OwnershipTransferStarted),
        #[allow(missing_docs)]
        OwnershipTransferred(OwnershipTransferred),
        #[allow(missing_docs)]
        ParamsSet(ParamsSet),
    }
    impl EquivocationSlasherEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                56u8, 209u8, 107u8, 140u8, 172u8, 34u8, 217u8, 159u8, 199u8, 193u8, 36u8,
                185u8, 205u8, 13u8, 226u8, 211u8, 250u8, 31u8, 174u8, 244u8, 32u8, 191u8,
                231u8, 145u8, 216u8, 195u8, 98u8, 215u8, 101u8, 226u8, 39u8, 0u8,
            ],
            [
                89u8, 80u8, 9u8, 115u8, 210u8, 21u8, 153u8, 20u8, 171u8, 211u8, 114u8,
                166u8, 31u8, 103u8, 104u8, 130u8, 31u8, 150u8, 33u8, 2u8, 117u8, 162u8,
                131u8, 100u8, 105u8, 108u8, 100u8, 161u8, 142u8, 141u8, 11u8, 117u8,
            ],
            [
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ],
            [
                187u8, 105u8, 163u8, 8u8, 83u8, 40u8, 0u8, 235u8, 155u8, 1u8, 77u8, 89u8,
                131u8, 76u8, 85u8, 170u8, 52u8, 90u8, 198u8, 94u8, 146u8, 203u8, 246u8,
                31u8, 241u8, 17u8, 80u8, 140u8, 105u8, 16u8, 110u8, 86u8,
            ],
            [
                199u8, 90u8, 217u8, 39u8, 106u8, 181u8, 39u8, 180u8, 80u8, 133u8, 238u8,
                51u8, 68u8, 237u8, 79u8, 122u8, 208u8, 251u8, 145u8, 21u8, 28u8, 48u8,
                139u8, 23u8, 184u8, 184u8, 34u8, 31u8, 82u8, 190u8, 97u8, 239u8,
            ],
            [
                238u8, 93u8, 20u8, 124u8, 109u8, 216u8, 185u8, 110u8, 128u8, 118u8, 37u8,
                148u8, 186u8, 184u8, 122u8, 90u8, 128u8, 196u8, 199u8, 236u8, 101u8,
                59u8, 219u8, 128u8, 73u8, 51u8, 68u8, 83u8, 134u8, 52u8, 11u8, 1u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(OwnershipTransferStarted),
            ::core::stringify!(EquivocationSlashed),
            ::core::stringify!(OwnershipTransferred),
            ::core::stringify!(EvidenceRevealed),
            ::core::stringify!(EvidenceCommitted),
            ::core::stringify!(ParamsSet),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <OwnershipTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE,
            <EquivocationSlashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <EvidenceRevealed as alloy_sol_types::SolEvent>::SIGNATURE,
            <EvidenceCommitted as alloy_sol_types::SolEvent>::SIGNATURE,
            <ParamsSet as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for EquivocationSlasherEvents {
        const NAME: &'static str = "EquivocationSlasherEvents";
        const COUNT: usize = 6usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(
                    <EquivocationSlashed as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EquivocationSlashed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EquivocationSlashed)
                }
                Some(
                    <EvidenceCommitted as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EvidenceCommitted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EvidenceCommitted)
                }
                Some(<EvidenceRevealed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EvidenceRevealed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EvidenceRevealed)
                }
                Some(
                    <OwnershipTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OwnershipTransferStarted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnershipTransferStarted)
                }
                Some(
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnershipTransferred)
                }
                Some(<ParamsSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ParamsSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ParamsSet)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for EquivocationSlasherEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::EquivocationSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EvidenceCommitted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EvidenceRevealed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ParamsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::EquivocationSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EvidenceCommitted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EvidenceRevealed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ParamsSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`EquivocationSlasher`](self) contract instance.

See the [wrapper's documentation](`EquivocationSlasherInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> EquivocationSlasherInstance<P, N> {
        EquivocationSlasherInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        locking: alloy::sol_types::private::Address,
        governance: alloy::sol_types::private::Address,
        chainId_: alloy::sol_types::private::Bytes,
        slashBps_: alloy::sol_types::private::primitives::aliases::U256,
        reporterBps_: alloy::sol_types::private::primitives::aliases::U256,
        maxEvidenceAge_: alloy::sol_types::private::primitives::aliases::U256,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<EquivocationSlasherInstance<P, N>>,
    > {
        EquivocationSlasherInstance::<
            P,
            N,
        >::deploy(
            __provider,
            locking,
            governance,
            chainId_,
            slashBps_,
            reporterBps_,
            maxEvidenceAge_,
        )
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        locking: alloy::sol_types::private::Address,
        governance: alloy::sol_types::private::Address,
        chainId_: alloy::sol_types::private::Bytes,
        slashBps_: alloy::sol_types::private::primitives::aliases::U256,
        reporterBps_: alloy::sol_types::private::primitives::aliases::U256,
        maxEvidenceAge_: alloy::sol_types::private::primitives::aliases::U256,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        EquivocationSlasherInstance::<
            P,
            N,
        >::deploy_builder(
            __provider,
            locking,
            governance,
            chainId_,
            slashBps_,
            reporterBps_,
            maxEvidenceAge_,
        )
    }
    /**A [`EquivocationSlasher`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`EquivocationSlasher`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct EquivocationSlasherInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for EquivocationSlasherInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("EquivocationSlasherInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > EquivocationSlasherInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`EquivocationSlasher`](self) contract instance.

See the [wrapper's documentation](`EquivocationSlasherInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            locking: alloy::sol_types::private::Address,
            governance: alloy::sol_types::private::Address,
            chainId_: alloy::sol_types::private::Bytes,
            slashBps_: alloy::sol_types::private::primitives::aliases::U256,
            reporterBps_: alloy::sol_types::private::primitives::aliases::U256,
            maxEvidenceAge_: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::Result<EquivocationSlasherInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                locking,
                governance,
                chainId_,
                slashBps_,
                reporterBps_,
                maxEvidenceAge_,
            );
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            locking: alloy::sol_types::private::Address,
            governance: alloy::sol_types::private::Address,
            chainId_: alloy::sol_types::private::Bytes,
            slashBps_: alloy::sol_types::private::primitives::aliases::U256,
            reporterBps_: alloy::sol_types::private::primitives::aliases::U256,
            maxEvidenceAge_: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            locking,
                            governance,
                            chainId_,
                            slashBps_,
                            reporterBps_,
                            maxEvidenceAge_,
                        },
                    )[..],
                ]
                    .concat()
                    .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> EquivocationSlasherInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> EquivocationSlasherInstance<P, N> {
            EquivocationSlasherInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > EquivocationSlasherInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`LOCKING`] function.
        pub fn LOCKING(&self) -> alloy_contract::SolCallBuilder<&P, LOCKINGCall, N> {
            self.call_builder(&LOCKINGCall)
        }
        ///Creates a new call builder for the [`MAX_CLOCK_DRIFT`] function.
        pub fn MAX_CLOCK_DRIFT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_CLOCK_DRIFTCall, N> {
            self.call_builder(&MAX_CLOCK_DRIFTCall)
        }
        ///Creates a new call builder for the [`MAX_REPORTER_BPS`] function.
        pub fn MAX_REPORTER_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_REPORTER_BPSCall, N> {
            self.call_builder(&MAX_REPORTER_BPSCall)
        }
        ///Creates a new call builder for the [`MAX_SLASH_BPS`] function.
        pub fn MAX_SLASH_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_SLASH_BPSCall, N> {
            self.call_builder(&MAX_SLASH_BPSCall)
        }
        ///Creates a new call builder for the [`TOKEN`] function.
        pub fn TOKEN(&self) -> alloy_contract::SolCallBuilder<&P, TOKENCall, N> {
            self.call_builder(&TOKENCall)
        }
        ///Creates a new call builder for the [`acceptOwnership`] function.
        pub fn acceptOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, acceptOwnershipCall, N> {
            self.call_builder(&acceptOwnershipCall)
        }
        ///Creates a new call builder for the [`chainId`] function.
        pub fn chainId(&self) -> alloy_contract::SolCallBuilder<&P, chainIdCall, N> {
            self.call_builder(&chainIdCall)
        }
        ///Creates a new call builder for the [`commit`] function.
        pub fn commit(
            &self,
            commitment: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, commitCall, N> {
            self.call_builder(&commitCall { commitment })
        }
        ///Creates a new call builder for the [`commitmentOf`] function.
        pub fn commitmentOf(
            &self,
            offence: alloy::sol_types::private::FixedBytes<32>,
            reporter: alloy::sol_types::private::Address,
            salt: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, commitmentOfCall, N> {
            self.call_builder(
                &commitmentOfCall {
                    offence,
                    reporter,
                    salt,
                },
            )
        }
        ///Creates a new call builder for the [`commitments`] function.
        pub fn commitments(
            &self,
            commitment: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, commitmentsCall, N> {
            self.call_builder(&commitmentsCall { commitment })
        }
        ///Creates a new call builder for the [`lastSlashedAt`] function.
        pub fn lastSlashedAt(
            &self,
            id: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, lastSlashedAtCall, N> {
            self.call_builder(&lastSlashedAtCall { id })
        }
        ///Creates a new call builder for the [`offenceKey`] function.
        pub fn offenceKey(
            &self,
            signer: alloy::sol_types::private::Address,
            height: u64,
            round: u32,
            voteType: u8,
        ) -> alloy_contract::SolCallBuilder<&P, offenceKeyCall, N> {
            self.call_builder(
                &offenceKeyCall {
                    signer,
                    height,
                    round,
                    voteType,
                },
            )
        }
        ///Creates a new call builder for the [`owner`] function.
        pub fn owner(&self) -> alloy_contract::SolCallBuilder<&P, ownerCall, N> {
            self.call_builder(&ownerCall)
        }
        ///Creates a new call builder for the [`params`] function.
        pub fn params(&self) -> alloy_contract::SolCallBuilder<&P, paramsCall, N> {
            self.call_builder(&paramsCall)
        }
        ///Creates a new call builder for the [`pendingOwner`] function.
        pub fn pendingOwner(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, pendingOwnerCall, N> {
            self.call_builder(&pendingOwnerCall)
        }
        ///Creates a new call builder for the [`renounceOwnership`] function.
        pub fn renounceOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, renounceOwnershipCall, N> {
            self.call_builder(&renounceOwnershipCall)
        }
        ///Creates a new call builder for the [`reveal`] function.
        pub fn reveal(
            &self,
            a: <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
            sigA: alloy::sol_types::private::Bytes,
            b: <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
            sigB: alloy::sol_types::private::Bytes,
            reporter: alloy::sol_types::private::Address,
            salt: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, revealCall, N> {
            self.call_builder(
                &revealCall {
                    a,
                    sigA,
                    b,
                    sigB,
                    reporter,
                    salt,
                },
            )
        }
        ///Creates a new call builder for the [`setParams`] function.
        pub fn setParams(
            &self,
            slashBps_: alloy::sol_types::private::primitives::aliases::U256,
            reporterBps_: alloy::sol_types::private::primitives::aliases::U256,
            maxEvidenceAge_: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setParamsCall, N> {
            self.call_builder(
                &setParamsCall {
                    slashBps_,
                    reporterBps_,
                    maxEvidenceAge_,
                },
            )
        }
        ///Creates a new call builder for the [`signerOf`] function.
        pub fn signerOf(
            &self,
            a: <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
            sigA: alloy::sol_types::private::Bytes,
            b: <CanonicalVote::Vote as alloy::sol_types::SolType>::RustType,
            sigB: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, signerOfCall, N> {
            self.call_builder(&signerOfCall { a, sigA, b, sigB })
        }
        ///Creates a new call builder for the [`slashed`] function.
        pub fn slashed(
            &self,
            offence: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, slashedCall, N> {
            self.call_builder(&slashedCall { offence })
        }
        ///Creates a new call builder for the [`transferOwnership`] function.
        pub fn transferOwnership(
            &self,
            newOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, transferOwnershipCall, N> {
            self.call_builder(&transferOwnershipCall { newOwner })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > EquivocationSlasherInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`EquivocationSlashed`] event.
        pub fn EquivocationSlashed_filter(
            &self,
        ) -> alloy_contract::Event<&P, EquivocationSlashed, N> {
            self.event_filter::<EquivocationSlashed>()
        }
        ///Creates a new event filter for the [`EvidenceCommitted`] event.
        pub fn EvidenceCommitted_filter(
            &self,
        ) -> alloy_contract::Event<&P, EvidenceCommitted, N> {
            self.event_filter::<EvidenceCommitted>()
        }
        ///Creates a new event filter for the [`EvidenceRevealed`] event.
        pub fn EvidenceRevealed_filter(
            &self,
        ) -> alloy_contract::Event<&P, EvidenceRevealed, N> {
            self.event_filter::<EvidenceRevealed>()
        }
        ///Creates a new event filter for the [`OwnershipTransferStarted`] event.
        pub fn OwnershipTransferStarted_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnershipTransferStarted, N> {
            self.event_filter::<OwnershipTransferStarted>()
        }
        ///Creates a new event filter for the [`OwnershipTransferred`] event.
        pub fn OwnershipTransferred_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnershipTransferred, N> {
            self.event_filter::<OwnershipTransferred>()
        }
        ///Creates a new event filter for the [`ParamsSet`] event.
        pub fn ParamsSet_filter(&self) -> alloy_contract::Event<&P, ParamsSet, N> {
            self.event_filter::<ParamsSet>()
        }
    }
}
