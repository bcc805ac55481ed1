"""Two real Syncthing instances on the loopback interface, for the mailbox test: each in a
temporary home, configured through its config file before it starts (loopback addresses
only, no global or local discovery, no relays, no NAT, no upgrades, no usage reports, the
GUI on 127.0.0.1 only as the REST API), folders scanned on demand through the REST API,
and killed at the end."""

from __future__ import annotations

import json
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FOLDER_ID = "pslapp-mailbox"
DEADLINE_S = 60.0


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    home: Path
    folder: Path
    device_id: str = ""
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    gui_port: int = field(default_factory=_free_port)
    listen_port: int = field(default_factory=_free_port)
    process: subprocess.Popen[bytes] | None = None

    def generate(self, binary: str) -> None:
        self.home.mkdir(parents=True)
        self.folder.mkdir(parents=True)
        out = subprocess.run(
            [binary, "generate", f"--home={self.home}", "--no-default-folder"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        text = out.stdout + out.stderr
        self.device_id = text.split("Device ID:")[1].split()[0]

    def configure(self, other: Instance) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        assert gui is not None
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        options = root.find("options")
        assert options is not None
        for name, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.listen_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "startBrowser": "false",
            "urAccepted": "-1",
            "crashReportingEnabled": "false",
            "autoUpgradeIntervalH": "0",
            "reconnectionIntervalS": "1",
        }.items():
            _set(options, name, value)
        device = ET.SubElement(root, "device", id=other.device_id, name="other")
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{other.listen_port}"
        folder = ET.Element(
            "folder",
            id=FOLDER_ID,
            label="pslapp",
            path=str(self.folder),
            type="sendreceive",
            rescanIntervalS="3600",  # scanned on demand, through the REST API
            fsWatcherEnabled="false",
        )
        ET.SubElement(folder, "filesystemType").text = "basic"
        ET.SubElement(folder, "maxConflicts").text = "10"  # keep conflict copies
        ET.SubElement(folder, "device", id=self.device_id)
        ET.SubElement(folder, "device", id=other.device_id)
        root.insert(0, folder)
        tree.write(path)

    def start(self, binary: str) -> None:
        log = (self.home / "syncthing.log").open("wb")
        self.process = subprocess.Popen(
            [binary, "serve", f"--home={self.home}", "--no-browser", "--no-restart"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={"STNOUPGRADE": "1", "STNORESTART": "1", "HOME": str(self.home), "PATH": ""},
        )

    def rest(self, method: str, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
        return json.loads(body) if body.strip().startswith((b"{", b"[")) else None

    def ready(self) -> bool:
        try:
            return self.rest("GET", "/rest/system/ping") == {"ping": "pong"}
        except (OSError, urllib.error.URLError):
            return False

    def connected(self, other: Instance) -> bool:
        found = self.rest("GET", "/rest/system/connections")
        assert isinstance(found, dict)
        return bool(found["connections"].get(other.device_id, {}).get("connected"))

    def scan(self) -> None:
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _set(parent: ET.Element, name: str, value: str) -> None:
    node = parent.find(name)
    if node is None:
        node = ET.SubElement(parent, name)
    node.text = value


def wait_until(what: str, check: Callable[[], bool], deadline_s: float = DEADLINE_S) -> float:
    """Poll `check` until it holds; the seconds it took, or a failure naming `what`."""
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > deadline_s:
            raise AssertionError(f"{what}: not within {deadline_s:.0f} s")
        time.sleep(0.2)
    return time.monotonic() - start


def pair(tmp: Path, binary: str) -> tuple[Instance, Instance]:
    a = Instance(tmp / "st-a", tmp / "laptop-a" / "Sync")
    b = Instance(tmp / "st-b", tmp / "laptop-b" / "Sync")
    a.generate(binary)
    b.generate(binary)
    a.configure(b)
    b.configure(a)
    a.start(binary)
    b.start(binary)
    return a, b
