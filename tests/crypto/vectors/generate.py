#!/usr/bin/env python3
"""Regenerates CryptoVectors.h: expected values for tests/crypto, computed independently of src/crypto.

Every value comes from the openssl command-line tool or from plain Python integer arithmetic; nothing here
calls Balcony code. Run from anywhere:  python3 tests/crypto/vectors/generate.py
The fixed RSA test key (rsa2048-test.pem) is created once if missing and then kept, so the PKCS#1 v1.5
signatures (deterministic) stay stable. It is a test key only.
"""
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LEGACY = ["-provider", "legacy", "-provider", "default"]


def openssl(*args, data=None):
    return subprocess.run(["openssl", *args], input=data, capture_output=True, check=True).stdout


def hexdigest(output):
    # "SHA2-256(stdin)= abcd..." / "...= abcd" -> "abcd"
    return output.decode().strip().split("= ")[-1].strip().lower()


# --- MODP primes from their defining formulas (RFC 2409 §6, RFC 3526 §2-7), with pi computed here ---
def pi_fixed(bits):
    """floor(pi * 2^bits) via Machin's formula in fixed point with guard bits."""
    guard = 64
    one = 1 << (bits + guard)

    def arctan_inv(x):
        total, term, n, sign = 0, one // x, 1, 1
        x2 = x * x
        while term:
            total += sign * (term // n)
            term //= x2
            n += 2
            sign = -sign
        return total

    return (16 * arctan_inv(5) - 4 * arctan_inv(239)) >> guard


MODP = {  # id: (bits, pi shift, additive constant)
    1: (768, 638, 149686),
    2: (1024, 894, 129093),
    5: (1536, 1406, 741804),
    14: (2048, 1918, 124476),
    15: (3072, 2942, 1690314),
    16: (4096, 3966, 240904),
    17: (6144, 6014, 929484),
    18: (8192, 8062, 4743158),
}


def modp_prime(group):
    bits, shift, constant = MODP[group]
    return 2**bits - 2 ** (bits - 64) - 1 + 2**64 * (pi_fixed(shift) + constant)


def hexint(value):
    text = "%x" % value
    return text if len(text) % 2 == 0 else "0" + text


def main():
    v = {}
    tmp = tempfile.mkdtemp()

    def tmpfile(name, content):
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(content)
        return path

    # Hashes
    msg = b"Balcony ESession known-answer test"
    v["hashMessage"] = msg.hex()
    v["sha256Abc"] = hexdigest(openssl("dgst", "-sha256", data=b"abc"))
    v["sha256Message"] = hexdigest(openssl("dgst", "-sha256", data=msg))
    v["sha1Message"] = hexdigest(openssl("dgst", "-sha1", data=msg))
    v["whirlpoolAbc"] = hexdigest(openssl("dgst", "-whirlpool", *LEGACY, data=b"abc"))
    v["whirlpoolMessage"] = hexdigest(openssl("dgst", "-whirlpool", *LEGACY, data=msg))

    # HMAC (key longer than one block for the whirlpool case to exercise key hashing)
    hkey = bytes(range(1, 33))
    v["hmacKey"] = hkey.hex()
    msgfile = tmpfile("msg", msg)
    v["hmacSha256Message"] = hexdigest(
        openssl("mac", "-digest", "SHA256", "-macopt", "hexkey:" + hkey.hex(), "-in", msgfile, "HMAC"))
    longkey = bytes(range(200))
    v["hmacLongKey"] = longkey.hex()
    v["hmacWhirlpoolMessage"] = hexdigest(
        openssl("mac", *LEGACY, "-digest", "WHIRLPOOL", "-macopt", "hexkey:" + longkey.hex(), "-in", msgfile, "HMAC"))

    # AES-CTR: a partial final block (37 bytes) for 128 and 256, and a counter that wraps past 2^128
    ctrkey128 = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
    ctrkey256 = bytes(range(32, 64))
    ctriv = bytes.fromhex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff")
    plain37 = b"thirty-seven bytes of plaintext here!"
    assert len(plain37) == 37
    v["ctrKey128"] = ctrkey128.hex()
    v["ctrKey256"] = ctrkey256.hex()
    v["ctrIv"] = ctriv.hex()
    v["ctrPlain37"] = plain37.hex()
    v["ctr128Cipher37"] = openssl("enc", "-aes-128-ctr", "-K", ctrkey128.hex(), "-iv", ctriv.hex(), data=plain37).hex()
    v["ctr256Cipher37"] = openssl("enc", "-aes-256-ctr", "-K", ctrkey256.hex(), "-iv", ctriv.hex(), data=plain37).hex()
    wrapiv = bytes.fromhex("ff" * 16)
    plain40 = bytes(40)
    v["ctrWrapIv"] = wrapiv.hex()
    v["ctr128WrapCipher40"] = openssl("enc", "-aes-128-ctr", "-K", ctrkey128.hex(), "-iv", wrapiv.hex(), data=plain40).hex()
    # the same keystream from the wrapped counter 0 (blocks 2..3 of the stream above)
    v["ctr128ZeroCipher24"] = openssl("enc", "-aes-128-ctr", "-K", ctrkey128.hex(), "-iv", "00" * 16, data=bytes(24)).hex()

    # MODP primes (checked prime by the CLI) and DH known answers with Python's pow()
    for group in MODP:
        p = modp_prime(group)
        assert openssl("prime", "-hex", hexint(p)).decode().strip().endswith("is prime"), group
        v["modp%dPrime" % group] = hexint(p)
    for group in (1, 14):
        p = modp_prime(group)
        x = (0xA5 << 1000) % p | (1 << 300) | 12345  # fixed, > 2^255 and < p-1
        y = (0x5A << 700) | (1 << 256) | 67890
        e = pow(2, x, p)
        d = pow(2, y, p)
        k = pow(d, x, p)
        assert k == pow(e, y, p)
        v["dh%dX" % group] = hexint(x)
        v["dh%dE" % group] = hexint(e)
        v["dh%dD" % group] = hexint(d)
        v["dh%dShared" % group] = hexint(k)

    # RSA PKCS#1 v1.5 / SHA-256 with a fixed test key
    keypath = os.path.join(HERE, "rsa2048-test.pem")
    if not os.path.exists(keypath):
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", keypath)
    v["rsaPkcs8"] = openssl("pkcs8", "-topk8", "-nocrypt", "-in", keypath, "-outform", "DER").hex()
    v["rsaSpki"] = openssl("pkey", "-in", keypath, "-pubout", "-outform", "DER").hex()
    text = openssl("pkey", "-in", keypath, "-noout", "-text").decode()
    v["rsaModulus"] = hexint(int(text.split("modulus:")[1].split("publicExponent")[0].replace(":", "").replace("\n", "").replace(" ", ""), 16))
    v["rsaExponent"] = hexint(int(text.split("publicExponent: ")[1].split(" ")[0]))
    v["rsaSignature"] = openssl("dgst", "-sha256", "-sign", keypath, msgfile).hex()
    v["rsaFingerprint"] = hexdigest(openssl("dgst", "-sha256", data=bytes.fromhex(v["rsaSpki"])))

    # scrypt: RFC 7914 §12 vector 2 (first 32 of its 64 bytes; scrypt's PBKDF2 output is a prefix) and a
    # small-n vector from the CLI
    v["scryptRfc7914"] = hexdigest(openssl("kdf", "-keylen", "32", "-kdfopt", "pass:password", "-kdfopt", "salt:NaCl",
                                           "-kdfopt", "n:1024", "-kdfopt", "r:8", "-kdfopt", "p:16", "SCRYPT")).replace(":", "")
    v["scryptSmall"] = hexdigest(openssl("kdf", "-keylen", "32", "-kdfopt", "pass:correct horse", "-kdfopt",
                                         "salt:balcony-salt", "-kdfopt", "n:16", "-kdfopt", "r:1", "-kdfopt", "p:1",
                                         "SCRYPT")).replace(":", "")

    out = ["// Generated by tests/crypto/vectors/generate.py from the openssl CLI and Python; do not edit by hand.",
           "#pragma once", "", "namespace vectors {", ""]
    for name, value in v.items():
        value = value.lower()
        chunks = [value[i:i + 96] for i in range(0, len(value), 96)] or [""]
        out.append("inline constexpr char %s[] =" % name)
        out.extend('    "%s"' % c for c in chunks[:-1])
        out.append('    "%s";' % chunks[-1])
    out += ["", "} // namespace vectors", ""]
    path = os.path.join(HERE, "CryptoVectors.h")
    with open(path, "w") as f:
        f.write("\n".join(out))
    # The repository's .clang-format decides the layout, as for every other source file.
    subprocess.run(["clang-format", "-i", path], check=True)


if __name__ == "__main__":
    main()
