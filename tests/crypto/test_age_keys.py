"""Key strings: the spec's examples, Bech32 strictness, and secrets kept out of reprs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pslapp.crypto.age import (
    HybridIdentity,
    HybridRecipient,
    KeyFormatError,
    X25519Identity,
    X25519Recipient,
    bech32,
    parse_identity,
    parse_recipient,
)

# Copied from the C2SP age spec (age.md), "The MLKEM768-X25519 ... recipient type".
SPEC_HYBRID_IDENTITY = (
    "AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR"
)
SPEC_HYBRID_RECIPIENT = (
    "age1pq1x34nzsvr0rxjsgdn8zgyhfe8j7ceq5r9rdelkjuh3y235jzxshfg87pzf5zrqtzdxz95paef6caq5aapdmwjjq"
    "pjfdyxnzr2zampc3uxy0dg4z2n2gm9su72p0pc3u0jvev55l694v78snxg3yzvcl7yda0eyytqj6a0ec477lnhcy5hzpz"
    "4zq3pxanve4cn62gqj3pjy5lqj9c6kyj4v2z8alktn8zh99970x79gjkv7522hv9kfz35zsnxhsx8wwtmu9cy3ftzjgwc"
    "p4sshn3llnylnpdsyz5jm72vefv4x5vfwytrefxg4wq3mv42wcrvkj742479zrxzpvp2p3e9fed9f0739vcu80r7ma28q"
    "fhnvlv4gfzel9q654dj3zmuvvz893azhxdvs9fxd0r7jzchzcfcs5mkyyjxhw0n2z6dvp9yn9qfdp29h0azxqyjw6v7fh"
    "yuzj7zel0uq6j9rd7wgrpz7mf5dnj43jwsgvrc8qcnhy7tu6dkdujuxzkp9xj43xe8h92ktre2a3u3s8mm5mrp9nr9pwk"
    "gtz4mdlq9hgn4fps4k57ff6wddn2fy23t47sm20r8km8sd2pcyyafnet8f0dajsrlyjeah4n3mssr6aseevuuskdvq5lz"
    "guyvpgwpta742c6698vgutzqgny8usfg0w2he7kq5vyxjd0f9hqg8xk26y9e4th0gezq92q4cpp5p2y9hf5f2cje5l0c3"
    "sa3a2qxmm38pxxvhxh99yzmfz0zk7r2s64nnwjhkfgfr3gf8xnmppcgmaykvh5sh6g7vk9790rf8ws0axmr2t7z8aae5f"
    "q2029uvcn2ghgt4fu4wgwdc0k0cz52qkvwmuzj8p8k5jgf3xzk5zmrkavjekjrpeq408xz3zxazwkc6tyfmhayrkfpjhw"
    "tz5mp8j8guqe43k2q6m2kte03vrw27y3wmqyu5etmt9dnkwcnnpmu9gz9dekfhdevf42ucshphnrk38ra6hx8w5f8q5ru"
    "0xdhrjxmwqf6cused7zc5xvq43r0zscjglpwlptpwydhqw64xz7ptjdyeyzpq2zkxtmzg29gzjpvzva4d3l0cenn9xs29"
    "7wf4y4ukwrunf57xj6pm7nvrkwvtrt8hwcmgv8x7ajw7258ugf9wvkmk4052ekg87tw5vnx8nq2swyzv77v8yqlwsenva"
    "mr0zssknwts8rrhfuwj7ykysnq9jxy0uv3kuyt22djszjdtvpz6d0s0kwh8ryynddzud92emeyvvyqktd0jtj7rvvg5gc"
    "h25v8smlvny3kvn5gagyz475ze2y6q466xqmz2n3hs77lddeqyta2nch5k2u5yacuk9ywnwfdzvyejnucz724hj77hrrm"
    "akm7pr3kxsrxq22ejexlud9fy2kdqmkg5yncz7jm5wv2qjk5w5kvcpqsry2yqffh2la52dxfjkjq5rzhjzeyn6dupn0qw"
    "tyv7s4lwg3xdarsdlwe2y3tujy480y7z39q259fzx6jhd2j0f5hagqpcpees7hzc2yrk5cy788uk3s7qvp5cpepx24gvw"
    "s3m2g433exgwppnkjscec8qu4y9z9r7vccexjcjaen42245lmgmxmuavg9alej92322gvvyy2t6267v09ch64y0m53jff"
    "0vjj96s0ypk60hr3jw4myd6m5hpn3xjstx7tl2szhpr5qe8jj08ydjc4wy2rch2fhuy3pdfjax5awe9j99ly5hkntzz9f"
    "e5zatgjvzdd0kgtxs25njnajyf6ssekp7gelxquusn4pt25czh3scj68kq79wdn5tgm6yvm9nzavrg043x3msnygf8dwe"
    "knw5jmqd0uvny6ttsn09508k0c55zfnegrm9efhxpfqdkmhh6gjtqmwze9pyyzk3tlhl53k2ykx3qheyty7saeq0d3fzv"
    "49zc0k"
)
SPEC_X25519_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
SPEC_X25519_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"


def test_spec_hybrid_identity_derives_the_spec_recipient() -> None:
    identity = HybridIdentity.from_string(SPEC_HYBRID_IDENTITY)
    assert identity.recipient().to_string() == SPEC_HYBRID_RECIPIENT
    assert identity.to_string() == SPEC_HYBRID_IDENTITY


def test_spec_x25519_identity_derives_the_spec_recipient() -> None:
    identity = X25519Identity.from_string(SPEC_X25519_IDENTITY)
    assert identity.recipient().to_string() == SPEC_X25519_RECIPIENT
    assert identity.to_string() == SPEC_X25519_IDENTITY


def test_parse_dispatches_on_the_key_prefix() -> None:
    assert isinstance(parse_identity(SPEC_HYBRID_IDENTITY), HybridIdentity)
    assert isinstance(parse_identity(f"  {SPEC_X25519_IDENTITY}\n"), X25519Identity)
    assert isinstance(parse_recipient(SPEC_HYBRID_RECIPIENT), HybridRecipient)
    assert isinstance(parse_recipient(SPEC_X25519_RECIPIENT), X25519Recipient)
    assert parse_recipient(SPEC_HYBRID_RECIPIENT) == HybridRecipient.from_string(
        SPEC_HYBRID_RECIPIENT
    )


def test_hybrid_recipient_is_longer_than_bip173_allows() -> None:
    assert len(SPEC_HYBRID_RECIPIENT) > 1900
    hrp, data = bech32.decode(SPEC_HYBRID_RECIPIENT)
    assert hrp == "age1pq"
    assert len(data) == 1184 + 32


def test_from_seed_is_deterministic_and_generate_is_not() -> None:
    seed = bytes(range(32))
    assert HybridIdentity.from_seed(seed).to_string() == HybridIdentity.from_seed(seed).to_string()
    assert HybridIdentity.generate().to_string() != HybridIdentity.generate().to_string()


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (SPEC_X25519_RECIPIENT[:-1] + "q", "checksum"),
        (SPEC_X25519_RECIPIENT[:10] + SPEC_X25519_RECIPIENT[10:].upper(), "mixed case"),
        (SPEC_X25519_RECIPIENT.replace("z", "b", 1), "character outside the alphabet"),
        (SPEC_X25519_RECIPIENT.upper(), "uppercase recipient prefix"),
        (SPEC_X25519_IDENTITY.lower(), "lowercase identity prefix"),
        ("age1", "no data"),
        ("", "empty"),
        (SPEC_HYBRID_IDENTITY.replace("-PQ-", "-QQ-"), "unknown prefix breaks checksum"),
        (bech32.encode("age", bytes(31)), "short X25519 key"),
        (bech32.encode("age1pq", b"\xff" * 1216), "not a valid ML-KEM key"),
        (bech32.encode("age1tag", bytes(33)), "unsupported recipient type"),
    ],
)
def test_bad_key_strings_are_refused(text: str, why: str) -> None:
    parse = parse_identity if text.upper().startswith("AGE-SECRET") else parse_recipient
    with pytest.raises(KeyFormatError):
        parse(text)


def test_reprs_never_show_secret_keys() -> None:
    for identity in (X25519Identity.generate(), HybridIdentity.generate()):
        secret = identity.to_string()
        assert secret[-20:] not in repr(identity)
        assert secret[-20:].lower() not in repr(identity).lower()


@given(hrp=st.sampled_from(["age", "age1pq", "AGE-SECRET-KEY-"]), data=st.binary(max_size=2000))
def test_bech32_round_trips_any_length(hrp: str, data: bytes) -> None:
    for upper in (False, True):
        text = bech32.encode(hrp, data, upper=upper)
        decoded_hrp, decoded = bech32.decode(text)
        assert decoded == data
        assert decoded_hrp == (hrp.upper() if upper else hrp.lower())


@given(data=st.binary(min_size=1, max_size=64), position=st.integers(min_value=0))
def test_bech32_detects_any_single_character_change(data: bytes, position: int) -> None:
    text = bech32.encode("age", data)
    index = 4 + position % (len(text) - 4)
    replacement = "q" if text[index] != "q" else "p"
    with pytest.raises(KeyFormatError):
        bech32.decode(text[:index] + replacement + text[index + 1 :])
