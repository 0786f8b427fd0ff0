"""The body reader of `limits`, without I/O: decoding chunk by chunk, within the size limit."""

from __future__ import annotations

import zlib

import httpx
import pytest
from datadog_deployments.limits import BodyReader, BodyTooLarge

TEXT = b'{"data": {"id": "deploy-0001", "type": "dora_deployment"}}' * 100


def compress(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


def read(body: bytes, encoding: str | None, limit: int = 1 << 20, size: int = 7) -> bytes:
    reader = BodyReader(limit, encoding)
    for start in range(0, len(body), size):
        reader.feed(body[start : start + size])
    return reader.body()


@pytest.mark.parametrize(
    ("encoding", "wbits"),
    [("gzip", 31), ("x-gzip", 31), ("GZIP", 31), ("deflate", 15), ("deflate", -15)],
)
def test_compressed_bodies_decode_in_any_chunking(encoding: str, wbits: int) -> None:
    body = compress(TEXT, wbits)
    for size in (1, 7, 4096, len(body)):
        assert read(body, encoding, size=size) == TEXT


def test_identity_and_absent_encodings_pass_through() -> None:
    assert read(TEXT, None) == read(TEXT, "identity") == read(TEXT, "") == TEXT
    assert read(b"", None) == b"" and read(b"", "gzip") == b""


def test_several_gzip_members_and_stacked_encodings() -> None:
    assert read(compress(TEXT, 31) + compress(TEXT, 31), "gzip") == TEXT * 2
    assert read(compress(compress(TEXT, 31), 15), "gzip, deflate") == TEXT


def test_the_limit_counts_decoded_bytes_exactly() -> None:
    body = compress(TEXT, 31)
    assert read(body, "gzip", limit=len(TEXT)) == TEXT
    with pytest.raises(BodyTooLarge):
        read(body, "gzip", limit=len(TEXT) - 1)
    assert read(TEXT, None, limit=len(TEXT)) == TEXT
    with pytest.raises(BodyTooLarge):
        read(TEXT, None, limit=len(TEXT) - 1)


def test_a_bomb_is_stopped_after_the_limit_not_after_inflating() -> None:
    bomb = compress(bytes(64 << 20), 31)  # 64 MiB of zeros in about 64 KiB
    reader = BodyReader(1 << 20, "gzip")
    with pytest.raises(BodyTooLarge):
        reader.feed(bomb)
    assert sum(map(len, reader._chunks)) <= 1 << 20


def test_raw_bytes_count_too() -> None:
    # Empty stored deflate blocks: raw bytes that decode to nothing still end at the limit.
    reader = BodyReader(100, "deflate")
    with pytest.raises(BodyTooLarge):
        for _ in range(100):
            reader.feed(b"\x00\x00\x00\xff\xff")


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        (b"not gzip at all", "gzip"),
        (compress(TEXT, 31)[:-20], "gzip"),  # truncated
        (compress(TEXT, 31) + b"trailing garbage", "gzip"),
        (b"\xff\xff\xff\xff", "deflate"),
        (TEXT, "br"),
        (TEXT, "compress"),
    ],
    ids=["not gzip", "truncated", "garbage after", "not deflate", "br", "compress"],
)
def test_what_does_not_decode_is_a_decoding_error(body: bytes, encoding: str) -> None:
    with pytest.raises(httpx.DecodingError):
        read(body, encoding)
