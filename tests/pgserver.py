"""Throwaway PostgreSQL 15 server for the test suite.

Each pytest(-xdist) worker starts its own server in a fresh temp directory, listening only on a
Unix socket there (no TCP), and removes it again on stop() or at interpreter exit. As root the
binaries run as the ``postgres`` system user, because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import atexit
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql

DEFAULT_BIN_DIR = "/usr/lib/postgresql/15/bin"


def _free_port() -> int:
    """Return a currently unused TCP port number (it only names the socket file)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A disposable PostgreSQL server in a temp directory, reachable over a Unix socket."""

    def __init__(self, bin_dir: str | None = None) -> None:
        """Locate the server binaries; nothing is started yet."""
        self.bin_dir = Path(bin_dir or os.environ.get("PG_BIN") or DEFAULT_BIN_DIR)
        if not (self.bin_dir / "initdb").is_file():
            raise RuntimeError(
                f"PostgreSQL 15 server binaries not found in {self.bin_dir}: "
                "install Debian's postgresql package (make test does this)"
            )
        self.tmpdir: Path | None = None
        self.port = _free_port()

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a server binary, as the postgres user when we are root."""
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, cwd="/", capture_output=True, text=True, check=False)

    def start(self) -> None:
        """Initialise a cluster and start the server; raises RuntimeError on failure."""
        if self.tmpdir is not None:
            return
        owner = None
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError(
                    "running as root but no 'postgres' user exists: apt-get install postgresql"
                ) from None
        self.tmpdir = Path(tempfile.mkdtemp(prefix="pgtest-", dir="/tmp" if owner else None))
        atexit.register(self.stop)
        data = str(self.tmpdir / "data")
        try:
            if owner:
                os.chown(self.tmpdir, owner.pw_uid, owner.pw_gid)
            flags = ["-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]
            self._check(self._run("initdb", "-D", data, *flags))
            settings = {
                "fsync": "off",
                "synchronous_commit": "off",
                "full_page_writes": "off",
                "max_connections": "200",
                "port": str(self.port),
                "unix_socket_directories": str(self.tmpdir),
                "listen_addresses": "",
            }
            opts = shlex.join(f"-c{k}={v}" for k, v in settings.items())
            log = self.tmpdir / "server.log"
            start = ["start", "-w", "-t", "60", "-D", data, "-l", str(log), "-o", opts]
            self._check(self._run("pg_ctl", *start), log)
        except BaseException:
            self.stop()
            raise

    def _check(self, proc: subprocess.CompletedProcess[str], log: Path | None = None) -> None:
        """Raise RuntimeError with the command output (and server log tail) if it failed."""
        if proc.returncode == 0:
            return
        msg = f"{shlex.join(proc.args)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}"
        if log is not None and log.exists():
            tail = log.read_text(errors="replace").splitlines()[-30:]
            msg += "\n--- server log tail ---\n" + "\n".join(tail)
        raise RuntimeError(msg)

    def url(self, name: str) -> str:
        """SQLAlchemy URL for database ``name`` on this server."""
        assert self.tmpdir is not None, "server not started"
        host = quote(str(self.tmpdir), safe="/")
        return f"postgresql+psycopg://postgres@/{quote(name)}?host={host}&port={self.port}"

    def create_database(self, name: str) -> str:
        """Create database ``name`` and return its SQLAlchemy URL."""
        assert self.tmpdir is not None, "server not started"
        conninfo = {"host": str(self.tmpdir), "port": self.port, "user": "postgres"}
        with psycopg.connect(dbname="postgres", autocommit=True, **conninfo) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def stop(self) -> None:
        """Stop the server immediately and delete the temp dir; safe to call repeatedly."""
        atexit.unregister(self.stop)
        tmpdir, self.tmpdir = self.tmpdir, None
        if tmpdir is None:
            return
        if (tmpdir / "data" / "postmaster.pid").exists():
            self._run("pg_ctl", "stop", "-m", "immediate", "-w", "-D", str(tmpdir / "data"))
        shutil.rmtree(tmpdir, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        """Start the server."""
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop the server."""
        self.stop()
