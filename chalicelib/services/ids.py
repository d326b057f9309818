"""Identifiers that sort by creation time, so events written in the same instant keep their order."""

import itertools
import os
import time

_counter = itertools.count()


def new_id(prefix: str = "ev") -> str:
    return f"{prefix}_{time.time_ns():016x}{next(_counter) % 4096:03x}{os.urandom(3).hex()}"
