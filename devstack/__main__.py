"""python -m devstack demo | run"""

import logging
import sys


def main() -> None:
    logging.getLogger("relance").setLevel(logging.WARNING)
    command = sys.argv[1] if len(sys.argv) > 1 else "demo"
    if command == "demo":
        from devstack.demo import main as demo

        demo()
    elif command == "run":
        from devstack.serve import main as serve

        serve()
    else:
        sys.exit("usage: python -m devstack demo|run")


main()
