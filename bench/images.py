"""Time a 12-megapixel phone photo through the upload pipeline (`store_upload`) on one core.

    .venv/bin/python bench/images.py [--runs 7] [--format jpeg|heic|webp]

The photo (4000x3000, gradients, shapes and noise so it compresses like a photo, EXIF
orientation 6 with GPS, an ICC profile) is drawn in a child process, so drawing it does not
count in this process's peak memory. Prints the median wall time of `store_upload`, the peak
resident memory of the process (ru_maxrss) and the tracemalloc peak of one call.
"""

import argparse
import io
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

SIZE = (4000, 3000)


def draw_photo(fmt: str) -> bytes:
    """A photo-like picture: smooth light, a few soft shapes, sensor noise; phone metadata."""
    from PIL import Image, ImageCms, ImageDraw, ImageFilter

    width, height = SIZE
    sky = Image.linear_gradient("L").resize(SIZE)
    light = Image.radial_gradient("L").resize(SIZE)
    image = Image.merge("RGB", (light, sky, sky.transpose(Image.Transpose.ROTATE_180)))
    draw = ImageDraw.Draw(image)
    rng = random.Random(12)
    for _ in range(40):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(60, 700)
        colour = tuple(rng.randrange(40, 230) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r // 2), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(6))
    noise = Image.effect_noise(SIZE, 30).convert("RGB")
    image = Image.blend(image, noise, 0.25)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0112] = 6  # held upright: the sensor's landscape pixels are turned on display
    exif[0x8825] = {1: "N", 2: (10.0, 27.0, 36.5), 3: "E", 4: (105.0, 38.0, 12.25)}
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    output = io.BytesIO()
    image.save(output, fmt.upper(), quality=92, exif=exif.tobytes(), icc_profile=icc)
    return output.getvalue()


def photo_from_child(fmt: str) -> bytes:
    """Draw the photo in a separate process and return its bytes."""
    if fmt == "heic":
        fmt = "heif"
    result = subprocess.run(
        [sys.executable, __file__, "--draw", fmt], check=True, capture_output=True
    )
    return result.stdout


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--format", default="jpeg", choices=("jpeg", "heic", "webp"))
    parser.add_argument("--draw", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.draw:
        if args.draw == "heif":
            import pillow_heif

            pillow_heif.register_heif_opener()
        sys.stdout.buffer.write(draw_photo(args.draw))
        return

    os.sched_setaffinity(0, {0})
    data = photo_from_child(args.format)

    import flask_migrate

    from storefront import create_app
    from storefront.config import Config
    from storefront.extensions import db
    from storefront.media.services import store_upload

    scratch = Path(tempfile.mkdtemp(prefix="bench-images-"))
    app = create_app(
        Config(scratch),
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{scratch / 'bench.db'}",
        MEDIA_ROOT=str(scratch / "media"),
    )
    with app.app_context():
        flask_migrate.upgrade()
        baseline = max_rss_mb()
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            asset = store_upload(data, "IMG_0001.JPG")
            timings.append(time.perf_counter() - start)
            db.session.rollback()
        peak = max_rss_mb()
        tracemalloc.start()
        store_upload(data, "IMG_0001.JPG")
        traced = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        db.session.rollback()
    print(
        f"photo: {SIZE[0]}x{SIZE[1]} {args.format.upper()}, {len(data) / 2**20:.1f} MB,",
        "EXIF orientation 6 + GPS, ICC profile",
    )
    print(
        f"stored as {asset.width}x{asset.height} (upright), widths {asset.widths_csv},",
        "WebP + JPEG each; one core (sched_setaffinity {0})",
    )
    print(
        f"store_upload x{args.runs}: median {statistics.median(timings):.2f} s",
        f"(min {min(timings):.2f}, max {max(timings):.2f})",
    )
    print(f"peak RSS (ru_maxrss): {peak:.0f} MB; before the first upload: {baseline:.0f} MB")
    print(
        f"tracemalloc peak of one store_upload: {traced:.1f} MB",
        "(Python allocations; Pillow's pixel buffers are outside it)",
    )


if __name__ == "__main__":
    main()
