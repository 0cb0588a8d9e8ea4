"""Run an aiohttp application on 127.0.0.1 for the length of a test, on a port the OS picks.

The server gets its own event loop in a background thread, so tests stay plain
synchronous functions that speak real HTTP to it, exactly as Slack, the Bot
Connector or an OpenAI client would.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from aiohttp import web

T = TypeVar("T")


class LoopbackServer:
    """A running application: its base URL, and a way to run coroutines on its loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop, url: str) -> None:
        self.loop = loop
        self.url = url

    def call(self, make: Callable[[], Awaitable[T]], timeout: float = 10.0) -> T:
        """Run a coroutine on the server's loop, for code that must share it (clients bound to one loop)."""

        async def run() -> T:
            return await make()

        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(timeout)


def free_port() -> int:
    """A port nothing listens on right now, for a server started in another process or a refused connection."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serve(app: web.Application) -> Iterator[LoopbackServer]:
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app, access_log=None)
    started = threading.Event()
    port: list[int] = []

    async def start() -> None:
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port.append(runner.addresses[0][1])

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        started.set()
        loop.run_forever()

    thread = threading.Thread(target=run, name="loopback-server", daemon=True)
    thread.start()
    if not started.wait(10):
        raise RuntimeError("The test server did not start within 10 seconds.")
    try:
        yield LoopbackServer(loop, f"http://127.0.0.1:{port[0]}")
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
