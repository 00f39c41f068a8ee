"""Progress lines: done/total, the rate so far and the time left, not too often."""
from generator.build.progress import Meter, duration


def test_durations_read_as_seconds_minutes_or_hours():
    assert [duration(s) for s in (0, 42.4, 187, 3723, -1)] == ["0 s", "42 s", "3:07", "1:02:03", "0 s"]


def test_a_meter_reports_rate_and_time_left_every_few_seconds_and_at_the_end():
    now = [100.0]
    lines: list[str] = []
    meter = Meter("extracted", 1000, lines.append, every_s=5, clock=lambda: now[0])
    for _ in range(100):  # 100 stories in 4 s: not yet time for a line
        now[0] += 0.04
        meter.tick()
    assert lines == []
    now[0] += 1  # 5 s in all
    meter.tick(100)
    assert lines == ["extracted 200/1,000 (40.0/s, 20 s left)"]
    now[0] += 20
    meter.tick(800)
    assert lines[-1] == "extracted 1,000/1,000 (40.0/s, 25 s in all)"
    assert len(lines) == 2
