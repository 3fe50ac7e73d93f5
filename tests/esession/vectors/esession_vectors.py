#!/usr/bin/env python3
"""Known-answer vectors for tests/esession/tst_sessionkeys.cpp, computed independently of Balcony's code:
hashlib/hmac for XEP-0116 §Generating Session Keys and the openssl command-line tool for AES-CTR (XEP-0200).

Run: python3 tests/esession/vectors/esession_vectors.py   (prints the constants pasted into the test)
"""
import base64
import hashlib
import hmac
import subprocess


def hexs(b):
    return b.hex()


def mpi(b):
    b = b.lstrip(b"\x00")
    return b if b else b"\x00"


def aes_ctr(key, counter, data):
    cipher = {16: "aes-128-ctr", 24: "aes-192-ctr", 32: "aes-256-ctr"}[len(key)]
    return subprocess.run(["openssl", "enc", "-" + cipher, "-K", key.hex(), "-iv", counter.hex(), "-nosalt"],
                          input=data, capture_output=True, check=True).stdout


# Session keys: the DH value is an MPI with no leading zero (0x01..0xc0, 192 bytes), hash sha256, aes128.
secret = bytes(range(1, 193))
K = hashlib.sha256(mpi(secret)).digest()
print("K        ", hexs(K))
labels = ["Initiator Cipher Key", "Responder Cipher Key", "Initiator MAC Key", "Responder MAC Key",
          "Initiator SIGMA Key", "Responder SIGMA Key"]
keys = {}
for label in labels:
    full = hmac.new(K, label.encode(), hashlib.sha256).digest()
    keys[label] = full[-16:] if "Cipher" in label else full
    print(f"{label:22}", hexs(keys[label]))
# aes256: the cipher keys are the whole 32 bytes.
print("KC_B aes256 ", hexs(hmac.new(K, b"Responder Cipher Key", hashlib.sha256).digest()))

# XEP-0200 stanza: KC_B/KM_B from above, C with two leading zero octets (the MPI drops them in the MAC).
C = bytes([0, 0]) + bytes(range(1, 15))
m = b"<body>Hello Alice, three messages follow &amp; more.</body>"
data = aes_ctr(keys["Responder Cipher Key"], C, m)
m_content = b"<data>" + base64.b64encode(data) + b"</data>"
mac = hmac.new(keys["Responder MAC Key"], m_content + mpi(C), hashlib.sha256).digest()
print("plaintext", m.decode(), len(m))
print("data     ", base64.b64encode(data).decode())
print("mac      ", base64.b64encode(mac).decode())
blocks = (len(m) + 15) // 16
print("next C   ", hexs((int.from_bytes(C, "big") + blocks).to_bytes(16, "big")))
