import pytest

from devstack import DevStack


@pytest.fixture
def stack():
    with DevStack() as s:
        yield s


@pytest.fixture
def tenant(stack):
    return stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr", jurisdiction="FR",
                               language="fr", timezone="Europe/Paris")


@pytest.fixture
def auth(tenant):
    return {"Authorization": "Bearer " + tenant["api_key"], "Content-Type": "application/json"}
