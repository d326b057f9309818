"""Operator tools (not deployed): the deploy template, the package build, the token keyring and the
tenant administration of a deployed stage. `python -m relance_ops.package`, `python -m relance_ops.admin`."""
