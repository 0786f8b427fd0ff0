"""A new user's script: keep a gate and its rules as code. Create a gate, give it a monitor rule
and a faulty deployment detection rule, read them back, change them, delete them.

Checked by tests/test_user_scripts.py: mypy --strict accepts it as written, and it runs against
the fake server.
"""

from datadog_deployments import (
    ApiClient,
    Configuration,
    DeploymentGatesApi,
    value_or_none,
)
from datadog_deployments_api.models import DeploymentRuleOptionsMonitor

PREVIEW = [
    "create_deployment_gate",
    "get_deployment_gate",
    "update_deployment_gate",
    "delete_deployment_gate",
    "create_deployment_rule",
    "get_deployment_rule",
    "get_deployment_gate_rules",
    "update_deployment_rule",
    "delete_deployment_rule",
]


def main(configuration: Configuration) -> None:
    for name in PREVIEW:
        configuration.unstable_operations[name] = True
    with ApiClient(configuration) as api_client:
        gates = DeploymentGatesApi(api_client)

        gate = gates.create_deployment_gate(
            service="checkout-api", env="production", identifier="pre-deploy", dry_run=True
        ).data
        print(f"{gate.type} {gate.id}: {gate.attributes.service}/{gate.attributes.env}")

        monitors = gates.create_deployment_rule(
            gate.id,
            name="Checkout monitors",
            type="monitor",
            dry_run=False,
            options={"query": "service:checkout-api", "duration": 300},
        ).data
        fdd = gates.create_deployment_rule(
            gate.id,
            name="Faulty deployment detection",
            type="faulty_deployment_detection",
            dry_run=True,
            options={"duration": 900, "excluded_resources": ["GET /health"]},
        ).data
        print("rules:", monitors.attributes.type, fdd.attributes.type)

        rule = gates.get_deployment_rule(gate.id, monitors.id).data.attributes
        options = rule.options
        if isinstance(options, DeploymentRuleOptionsMonitor):
            print(f"{rule.name}: {options.query} for {value_or_none(options.duration)} s")

        gates.update_deployment_rule(
            gate.id,
            monitors.id,
            name="Checkout monitors",
            dry_run=True,
            options={"query": "service:checkout-api env:production"},
        )
        gates.update_deployment_gate(gate.id, dry_run=False)

        for listed in gates.get_deployment_gate_rules(gate.id).data.attributes.rules:
            print(f"  {listed.name} ({listed.type}, dry run: {listed.dry_run})")
        fetched = gates.get_deployment_gate(gate.id).data.attributes
        print("gate dry run:", fetched.dry_run, "updated:", value_or_none(fetched.updated_at))

        gates.delete_deployment_rule(gate.id, fdd.id)
        gates.delete_deployment_rule(gate.id, monitors.id)
        gates.delete_deployment_gate(gate.id)
        print("deleted", gate.id)


if __name__ == "__main__":
    main(Configuration())
