"""A new user's script: list what is there. Every gate, the last day's evaluations and why
their rules failed, and the week's deployments and incidents, page after page.

Checked by tests/test_user_scripts.py: mypy --strict accepts it as written, and it runs against
the fake server.
"""

from datetime import datetime, timedelta, timezone

from datadog_deployments import (
    ApiClient,
    Configuration,
    DeploymentGatesApi,
    DORAMetricsApi,
    to_datetime,
    value_or_none,
)

PREVIEW = [
    "list_deployment_gates",
    "list_deployment_gate_evaluations",
    "list_deployment_rule_evaluations",
]


def main(configuration: Configuration) -> None:
    for name in PREVIEW:
        configuration.unstable_operations[name] = True
    now = datetime.now(timezone.utc)
    with ApiClient(configuration) as api_client:
        gates = DeploymentGatesApi(api_client)
        dora = DORAMetricsApi(api_client)

        for gate in gates.list_deployment_gates_with_pagination(page_size=2):
            attributes = gate.attributes
            print(f"gate {attributes.service}/{attributes.env}/{attributes.identifier}")

        first = gates.list_deployment_gates(filter_service="checkout-api")
        print("checkout-api gates:", [g.attributes.env for g in first.data])

        for evaluation in gates.list_deployment_gate_evaluations_with_pagination(
            filter_status=["fail"], max_items=10
        ):
            print(
                f"evaluation {evaluation.attributes.service} {evaluation.attributes.status}"
                f" at {evaluation.attributes.started_at:%H:%M}"
            )
            for rule in gates.list_deployment_rule_evaluations_with_pagination(
                filter_gate_evaluation_id=evaluation.attributes.evaluation_id
            ):
                print(f"  rule {rule.attributes.name}: {rule.attributes.status}")

        week_ago = now - timedelta(days=7)
        deployments = dora.list_dora_deployments_with_pagination(
            from_=week_ago, to=now, query="service:checkout-api", page_size=2
        )
        for deployment in deployments:
            version = value_or_none(deployment.attributes.version)
            started = to_datetime(deployment.attributes.started_at)
            print(f"deployment {deployment.id} {version} {started:%Y-%m-%d}")
        print("pages:", deployments.requests, "truncated:", deployments.truncated)

        failures = dora.list_dora_failures(from_=week_ago, to=now, limit=10)
        for failure in failures.data:
            print(f"incident {failure.id}: {value_or_none(failure.attributes.name)}")


if __name__ == "__main__":
    main(Configuration())
