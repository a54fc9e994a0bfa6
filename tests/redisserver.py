"""Throwaway Redis server for the tests of the rate limits (and bench/rate_limits.py).

Each pytest(-xdist) worker that needs one starts its own `redis-server` (Debian's package) in a
fresh temp directory, listening only on a Unix socket there (no TCP port to collide on), with
nothing saved to disk; stop() (or interpreter exit) ends it and removes the directory.
"""

from __future__ import annotations

import atexit
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

DEFAULT_BINARY = "/usr/bin/redis-server"


class RedisServer:
    """A disposable redis-server on a Unix socket in a temp directory."""

    def __init__(self, binary: str | None = None) -> None:
        """Locate the binary; nothing is started yet."""
        self.binary = binary or shutil.which("redis-server") or DEFAULT_BINARY
        if not Path(self.binary).is_file():
            raise RuntimeError(
                "redis-server not found: install Debian's redis-server package "
                "(tests/install-deps.sh does this)"
            )
        self.tmpdir: Path | None = None
        self.process: subprocess.Popen | None = None

    @property
    def socket_path(self) -> Path:
        assert self.tmpdir is not None, "server not started"
        return self.tmpdir / "redis.sock"

    @property
    def url(self) -> str:
        """The storage URI for Flask-Limiter (the `limits` library's Unix socket scheme)."""
        return f"redis+unix://{self.socket_path}"

    def start(self) -> None:
        """Start the server and wait until it answers PING; RuntimeError if it does not."""
        if self.process is not None:
            return
        self.tmpdir = Path(tempfile.mkdtemp(prefix="redistest-"))
        atexit.register(self.stop)
        log = self.tmpdir / "server.log"
        self.process = subprocess.Popen(
            [self.binary, "--port", "0", "--unixsocket", str(self.socket_path),
             "--unixsocketperm", "700", "--save", "", "--appendonly", "no",
             "--dir", str(self.tmpdir), "--logfile", str(log)],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            if self.ping():
                return
            time.sleep(0.05)
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        self.stop()
        raise RuntimeError(f"redis-server did not start:\n{tail}")

    def ping(self) -> bool:
        """Whether the server answers PING on its socket."""
        try:
            with socket.socket(socket.AF_UNIX) as conn:
                conn.settimeout(1)
                conn.connect(str(self.socket_path))
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the server and delete its directory; safe to call repeatedly."""
        atexit.unregister(self.stop)
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        tmpdir, self.tmpdir = self.tmpdir, None
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)

    def __enter__(self) -> RedisServer:
        """Start the server."""
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop the server."""
        self.stop()
