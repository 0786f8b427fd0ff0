"""A new user's script: record a deployment, read it back, print what matters.

Checked by tests/test_user_scripts.py: mypy --strict accepts it as written, and it runs against
the fake server.
"""

from datetime import datetime, timedelta, timezone

from datadog_deployments import (
    ApiClient,
    Configuration,
    DORAMetricsApi,
    to_datetime,
    value_or_none,
)


def main(configuration: Configuration) -> None:
    finished = datetime.now(timezone.utc)
    with ApiClient(configuration) as api_client:
        dora = DORAMetricsApi(api_client)
        sent = dora.create_dora_deployment(
            {
                "data": {
                    "attributes": {
                        "service": "checkout-api",
                        "env": "production",
                        "version": "2.4.0",
                        "started_at": finished - timedelta(minutes=3),
                        "finished_at": finished,
                    }
                }
            }
        )
        deployment_id = sent.data.id
        event = dora.get_dora_deployment(deployment_id=deployment_id)

    attributes = event.data.attributes
    started = to_datetime(attributes.started_at)
    print(f"{event.data.type} {event.data.id}: {attributes.service} {started:%H:%M}")
    print("env:", value_or_none(attributes.env), "team:", value_or_none(attributes.team))
    print(event)


if __name__ == "__main__":
    main(Configuration())
