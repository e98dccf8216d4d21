"""Phòng GD&ĐT huyện Tuy An (Phú Yên) on a home-made Laravel 10 site written by a student
developer: Blade views, Tailwind CSS utility classes only (``mt-4 text-gray-600 text-sm``: no
semantic class name anywhere), CKEditor 5 for the post bodies, Carbon for every date.

The point of this portal: DATES PRINTED RELATIVE TO TODAY.

Platform
--------
A ``posts`` table (title, slug, excerpt, content, thumbnail, category_id, user_id, created_at,
published_at, updated_at) and three categories. Every page prints the same chrome:

- a top bar with today's date in the developer's own form ``Thứ Sáu, 04/12/2026`` and the
  hotline, a blue header with the logo and the site name, a menu (Trang chủ, Giới thiệu, the
  three categories, Văn bản, Lịch công tác, Liên hệ) and a GET search form (``/tim-kiem?q=``);
- a sidebar: search, "Mới nhất" (the five newest posts, each with its relative date), "Văn bản
  mới" (PDF links), "Liên kết" (external sites), a poll ("Thăm dò ý kiến", a POST form with a
  CSRF token) and the visitor counter "Đang xem: 5 / Hôm nay: 214 / Tổng truy cập: 386.512";
- a footer with the address, phone, e-mail and "Thiết kế bởi ...".

Article template (``posts/show.blade.php``)::

    <nav class="text-sm text-gray-500 mb-3"> Trang chủ / <a>Tin tức</a> / Str::limit(title, 48)
    <article class="bg-white rounded-lg shadow p-4 md:p-6">
      <a class="inline-block px-2 py-0.5 text-xs ... bg-blue-100">Tin tức</a>   (category label)
      <h1 class="mt-2 text-2xl font-bold text-gray-900 leading-snug">title</h1>
      <div class="mt-2 flex flex-wrap ... text-sm text-gray-500">
        <span>🕒 <x-time> </span> <span>bởi admin</span> <span>1.234 lượt xem</span>
        [<span class="italic text-gray-400">Cập nhật <x-time :updated></span>]
      </div>
      [<p class="mt-3 text-base font-semibold text-gray-700">excerpt</p>]       (sapo)
      [<img class="w-full mt-4 rounded-lg" src="{{ asset('storage/'.$thumbnail) }}">]
      <div class="prose prose-sm md:prose-base max-w-none mt-4"> CKEditor 5 HTML </div>
      [<p class="mt-4 text-right font-semibold text-gray-800">author field</p>]
      share bar: Facebook, Zalo (external), "In bài" (window.print()), "Gửi email" (mailto)
    </article>
    "Bài viết khác": four cards of the newest other posts of the same category.

``<x-time>`` is the developer's Blade component. It prints Carbon's output in Vietnamese:
``Hôm nay lúc 07:30`` / ``Hôm qua lúc 15:20`` (calendar form, same or previous day), else
``diffForHumans()`` (``2 ngày trước``, ``5 ngày trước``, ``1 tuần trước``, ``2 tuần trước``:
whole days and whole weeks elapsed, rounded down), and for posts more than 14 days old the
absolute ``d/m/Y H:i`` (``18/11/2026 08:15``). "Now" is Friday 04/12/2026 10:30.
When the post's ``published_at`` column is set (posts scheduled in the admin) the component
wraps the text in ``<span title="2026-12-02 09:40:00">`` (the exact stamp, local time, no zone);
posts whose ``published_at`` is null fall back on ``created_at`` and print no ``title``.

URL scheme
----------
- ``/``: a lead card (newest post), "Tin mới nhất" (the six newest), then one block of three
  per category with "Xem tất cả".
- ``/bai-viet/<slug>``: a post (route model binding; unknown slug -> Laravel's 404 page; the
  query string is ignored; ``<link rel="canonical">`` is ``url()->current()``).
- ``/danh-muc/<slug>?page=<n>``: a category, Laravel paginator, 6 per page, Tailwind
  pagination view with absolute links (page 1 linked as ``?page=1``); a page past the end is
  200 with "Chưa có bài viết nào." as Laravel gives.
- ``/gioi-thieu``, ``/lien-he`` (contact form), ``/lich-cong-tac`` (this week's schedule
  table), ``/van-ban`` (documents table, PDFs under ``/storage/van-ban/``), ``/tim-kiem?q=``.
- A trailing slash is answered 301 to the path without it (Laravel's .htaccess).
- Uploads: thumbnails ``/storage/posts/<40 random chars>.jpg`` printed by ``asset()`` as
  absolute URLs (posts without one show ``/images/no-image.png`` in cards and listings, and
  nothing on their page); CKEditor images ``/storage/uploads/2026/<mm>/<name>.jpg`` root-relative.

How each gold article is reached
--------------------------------
Tin tức holds 7 posts, so its listing has two pages: the oldest Tin tức post
(``tuy-an-khai-mac-hoi-khoe-phu-dong-cap-huyen``, 22/10) is only on ``/danh-muc/tin-tuc?page=2``
(never on the home page, in "Mới nhất" or in any "Bài viết khác" deck). The others are on
their category's page 1; the newest also on the home page and in the sidebar.

Traps
-----
- Relative dates everywhere: on the posts, in the listings, in the sidebar, in the cards. The
  header date is today and never a publication date.
- The ``title`` stamp is on some posts only; it is exact to the second (``15:20:47`` where the
  text says ``15:20``) and may disagree with a naive subtraction: a post of 29/11 14:05 prints
  "4 ngày trước" (4 days 20 hours), one of 25/11 prints "1 tuần trước".
- The "Bài viết khác" cards after the article print other posts' ``<span title>`` stamps.
- "Cập nhật 3 giờ trước" (``updated_at``) on one post, itself in a ``title`` span
  (``2026-12-04 07:28:00``): not the publication date, and that post's own date has no ``title``.
- Bylines at the end, in the prose or in the author field: "Phòng GD&ĐT Tuy An" (a unit,
  credited), "Trần Văn Tâm - Trường TH Hòa Thành" (the school is dropped), "ThS. Huỳnh Ngọc
  Sơn - Phó Trưởng phòng", "BBT" (nobody), "Tin, ảnh: …", "Tin: …; Ảnh: …". "bởi admin" in
  the meta row is the CMS login of every post: nobody.
- A ``<br>`` inside a paragraph (two paragraphs), a table, lists, figures with and without a
  ``<figcaption>`` (an empty one too).
- Static pages and the schedule / documents pages have an ``<h1>``, dates and prose: not
  articles. Listing page 2 is a listing.

Gold decisions
--------------
- title: the ``<h1>`` (``<title>`` appends " - Phòng GD&ĐT Tuy An"; the breadcrumb truncates).
- published_at: the ``title`` stamp when there is one (date and time, +07:00); else the printed
  text read against today 04/12/2026: "Hôm nay/Hôm qua lúc HH:MM" -> that day and time,
  "N ngày/tuần trước" -> today minus N days / N×7 days, date only; the absolute form as printed.
- authors/photographers: from the byline (see traps); "bởi admin" and "BBT" give nothing.
- source: "Theo Báo Phú Yên" -> "Báo Phú Yên"; "Nguồn: Sở GD&ĐT Phú Yên" -> "Sở GD&ĐT Phú Yên".
- summary: the bold excerpt paragraph outside the prose where printed (first body paragraph).
- body: the prose: paragraphs, ``<h2>``, list items, table rows (cells joined by " | "), the
  quote; not the figcaptions, bylines, source lines.
- images: the thumbnail at the top (no caption) where printed, then the figures; caption =
  the figcaption (None when absent or empty). Card thumbnails and the logo are layout.
- category: the category label / breadcrumb section.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "relative_dates_pgd"
PLATFORM = "Laravel 10 (Blade + Tailwind CSS utilities, CKEditor 5, Carbon relative dates)"
START_PATH = "/"

SITE_TITLE = "Phòng GD&ĐT Tuy An"
SITE_LONG = "Phòng Giáo dục và Đào tạo huyện Tuy An - tỉnh Phú Yên"
TODAY = "Thứ Sáu, 04/12/2026"
NOW = datetime(2026, 12, 4, 10, 30, 0)
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "thong-bao": "Thông báo",
    "chuyen-mon": "Chuyên môn",
}


def storage_name(seed: str) -> str:
    """Laravel's ``store()`` file name: 40 random characters (a stable hash here)."""
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()


def thumb(slug: str) -> str:
    """The post's thumbnail; posts without one show the placeholder in cards and listings."""
    if BY_SLUG.get(slug) and not BY_SLUG[slug].opts.get("cover"):
        return "/images/no-image.png"
    return f"/storage/posts/{storage_name(slug)}.jpg"


def up(month: str, name: str) -> str:
    return f"/storage/uploads/2026/{month}/{name}"


# --- the posts ----------------------------------------------------------------------------
#
# opts: stamp (the DB value the page's date is computed from), tip (the <span title> is
# printed), updated (updated_at printed as "Cập nhật …"), cover (thumbnail printed on top),
# byline (the author field, printed after the prose). P styles: "h2", "li", "oli", "th"/"td"
# (table rows, cells " | "), "br" (glued to the previous paragraph with <br>), "quote".
# Img styles: "fig" (figcaption), "nocap" (no figcaption), "empty" (empty figcaption).

S_HOITHAO = "truong-th-an-dan-to-chuc-ngay-hoi-stem-cap-truong"
S_HOAN_THANH = "truong-th-hoa-thanh-don-doan-kiem-tra-cong-nhan-chuan-quoc-gia"
S_BAO = "cac-truong-khac-phuc-thiet-hai-sau-mua-lu-dau-thang-12"
S_NHAGIAO = "tuy-an-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_DOAN = "lien-doi-thcs-le-thanh-ton-huong-ung-thang-hanh-dong-vi-tre-em"
S_KHKT = "hoc-sinh-tuy-an-dat-5-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh"
S_HKPD = "tuy-an-khai-mac-hoi-khoe-phu-dong-cap-huyen"
S_NGHILU = "thong-bao-cho-hoc-sinh-nghi-hoc-do-mua-lu"
S_TUYENDUNG = "thong-bao-tuyen-dung-giao-vien-hop-dong-nam-hoc-2026-2027"
S_HOP = "thong-bao-lich-hop-giao-ban-hieu-truong-thang-12-2026"
S_SHCM = "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-bac-thcs"
S_TOAN = "ket-qua-hoi-thi-giai-toan-tren-may-tinh-cam-tay-cap-huyen"
S_KTDG = "huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027"
S_TIENGVIET = "chuyen-de-day-hoc-phan-mon-tieng-viet-lop-1-sach-moi"

STORIES: list[Story] = [
    Story(
        1,
        S_HOITHAO,
        "Trường TH An Dân tổ chức Ngày hội STEM cấp trường năm học 2026-2027",
        "tin-tuc",
        "2026-12-04T07:30:00+07:00",
        [
            P(
                "Sáng nay, Trường Tiểu học An Dân tổ chức Ngày hội STEM cấp trường với sự tham gia "
                "của gần 400 học sinh từ lớp 1 đến lớp 5 và đông đảo phụ huynh."
            ),
            P(
                "Ngày hội gồm ba hoạt động chính: trưng bày sản phẩm STEM của các lớp, thi lắp ráp "
                "mô hình xe chạy bằng sức gió và trải nghiệm các thí nghiệm khoa học vui."
            ),
            Img(
                up("12", "ngay-hoi-stem-an-dan-1.jpg"),
                "Học sinh lớp 5 giới thiệu mô hình hệ thống tưới cây tự động",
                "Học sinh lớp 5 giới thiệu mô hình hệ thống tưới cây tự động",
                "fig",
            ),
            P(
                "Mỗi lớp chuẩn bị ít nhất hai sản phẩm từ vật liệu tái chế như vỏ chai nhựa, hộp "
                "giấy, ống hút. Nhiều sản phẩm được các em thuyết trình tự tin, sáng tạo: đèn ngủ "
                "từ chai nhựa, máy lọc nước mini, cầu treo bằng que kem."
            ),
            P(
                "Cô Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường cho biết: “Ngày hội giúp các em vận "
                "dụng kiến thức Khoa học, Toán, Công nghệ vào giải quyết vấn đề thực tiễn, đồng thời "
                "rèn kỹ năng làm việc nhóm”.",
                "quote",
            ),
            Img(
                up("12", "ngay-hoi-stem-an-dan-2.jpg"),
                "Phụ huynh cùng học sinh trải nghiệm thí nghiệm núi lửa phun trào",
                "Phụ huynh cùng học sinh trải nghiệm thí nghiệm núi lửa phun trào",
                "fig",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 5 giải Nhất, 8 giải Nhì và 12 giải Ba cho các "
                "sản phẩm xuất sắc. Các sản phẩm đạt giải sẽ được chọn tham gia Ngày hội STEM cấp "
                "huyện vào tháng 3/2027."
            ),
            Raw('<p style="text-align:right;"><strong>Tin, ảnh: Lê Thị Mỹ Duyên</strong></p>'),
        ],
        authors=["Lê Thị Mỹ Duyên"],
        photographers=["Lê Thị Mỹ Duyên"],
        summary=(
            "Gần 400 học sinh Trường TH An Dân hào hứng tham gia Ngày hội STEM với hơn 40 sản phẩm "
            "tự làm từ vật liệu tái chế."
        ),
        sapo_outside=True,
        opts={"stamp": "2026-12-04 07:30:00", "tip": False, "cover": True},
    ),
    Story(
        2,
        S_HOAN_THANH,
        "Trường TH Hòa Thành đón Đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 1",
        "tin-tuc",
        "2026-12-03T15:20:47+07:00",
        [
            P(
                "Ngày 03/12/2026, Đoàn kiểm tra của UBND tỉnh Phú Yên do bà Trần Thị Thu Hiền, Phó "
                "Giám đốc Sở GD&ĐT làm trưởng đoàn đã đến kiểm tra công nhận Trường TH Hòa Thành đạt "
                "chuẩn quốc gia mức độ 1 sau 5 năm."
            ),
            P(
                "Đoàn đã nghe nhà trường báo cáo kết quả tự đánh giá theo 5 tiêu chuẩn: tổ chức và "
                "quản lý nhà trường; cán bộ quản lý, giáo viên, nhân viên và học sinh; cơ sở vật chất "
                "và thiết bị dạy học; quan hệ giữa nhà trường, gia đình và xã hội; hoạt động giáo dục "
                "và kết quả giáo dục."
            ),
            Img(
                up("12", "kiem-tra-chuan-qg-hoa-thanh.jpg"),
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "fig",
            ),
            P(
                "Sau khi kiểm tra hồ sơ, cơ sở vật chất và dự giờ một số tiết dạy, Đoàn đánh giá cao "
                "sự nỗ lực của tập thể sư phạm nhà trường. Khuôn viên xanh - sạch - đẹp, đủ phòng học "
                "và phòng chức năng; 100% giáo viên đạt chuẩn trình độ đào tạo."
            ),
            Img(up("12", "kiem-tra-chuan-qg-hoa-thanh-2.jpg"), None, None, "nocap"),
            P(
                "Đoàn cũng đề nghị nhà trường tiếp tục bổ sung thiết bị dạy học môn Tin học, Công "
                "nghệ và hoàn thiện thư viện xanh trong năm học tới."
            ),
        ],
        authors=["Trần Văn Tâm"],
        summary=(
            "Chiều 03/12, Trường TH Hòa Thành đón Đoàn kiểm tra công nhận lại trường đạt chuẩn "
            "quốc gia mức độ 1 sau 5 năm."
        ),
        sapo_outside=True,
        opts={
            "stamp": "2026-12-03 15:20:47",
            "tip": True,
            "byline": "Trần Văn Tâm - Trường TH Hòa Thành",
        },
    ),
    Story(
        3,
        S_BAO,
        "Các trường khắc phục thiệt hại sau đợt mưa lũ đầu tháng 12",
        "tin-tuc",
        "2026-12-02T09:40:00+07:00",
        [
            P(
                "Đợt mưa lớn kéo dài từ ngày 29/11 đến 01/12/2026 đã làm ngập sân trường, hư hỏng "
                "tường rào và thiết bị của 9 trường học trên địa bàn các xã An Ninh Tây, An Thạch, "
                "An Hiệp và An Cư."
            ),
            P(
                "Ngay khi nước rút, Phòng GD&ĐT chỉ đạo các trường huy động giáo viên, nhân viên, "
                "phụ huynh và đoàn viên thanh niên dọn dẹp bùn đất, vệ sinh phòng học, kiểm tra hệ "
                "thống điện để sớm đón học sinh trở lại lớp."
            ),
            Img(
                up("12", "don-dep-truong-sau-lu.jpg"),
                "Giáo viên Trường MG An Ninh Tây dọn bùn đất sau lũ",
                "Giáo viên Trường MG An Ninh Tây dọn bùn đất sau lũ",
                "fig",
            ),
            P("Thiệt hại ban đầu", "h2"),
            P("Tường rào Trường TH An Thạch bị đổ khoảng 30 m.", "li"),
            P("Trường MG An Ninh Tây ngập sâu 0,8 m, hư hỏng nhiều đồ chơi ngoài trời.", "li"),
            P("Khoảng 1.200 sách giáo khoa, vở viết của học sinh bị ướt.", "li"),
            P(
                "Tổng thiệt hại ước tính khoảng 850 triệu đồng. Đến sáng 02/12, toàn bộ các trường "
                "đã cho học sinh đi học trở lại bình thường."
            ),
            Raw('<p style="text-align:right;"><strong>BBT</strong></p>'),
        ],
        opts={"stamp": "2026-12-02 09:40:00", "tip": True},
    ),
    Story(
        4,
        S_NHAGIAO,
        "Tuy An gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-29",
        [
            P(
                "Phòng GD&ĐT huyện Tuy An phối hợp với Công đoàn ngành Giáo dục huyện tổ chức gặp mặt "
                "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà "
                "giáo tiêu biểu."
            ),
            P(
                "Tham dự buổi gặp mặt có đại diện lãnh đạo Huyện ủy, HĐND, UBND huyện, các nhà giáo "
                "lão thành và hơn 250 cán bộ quản lý, giáo viên đại diện các trường mầm non, tiểu học "
                "và THCS trong huyện."
            ),
            P(
                "Năm học 2025-2026, toàn huyện có 98,9% học sinh tiểu học hoàn thành chương trình lớp "
                "học; 99,2% học sinh lớp 9 được công nhận tốt nghiệp THCS; 37 học sinh đạt giải học "
                "sinh giỏi cấp tỉnh, tăng 6 giải so với năm học trước."
            ),
            P(
                "Nhân dịp này, UBND huyện tặng Giấy khen cho 12 tập thể và 64 cá nhân có thành tích "
                "xuất sắc; Công đoàn ngành tặng quà cho 20 giáo viên có hoàn cảnh khó khăn."
            ),
            P(
                "Phát biểu tại buổi lễ, ông Nguyễn Hữu Lộc, Phó Chủ tịch UBND huyện, ghi nhận những "
                "đóng góp của đội ngũ nhà giáo, đề nghị ngành tiếp tục đổi mới phương pháp dạy học, "
                "nâng cao chất lượng giáo dục toàn diện."
            ),
        ],
        authors=["Phòng GD&ĐT Tuy An"],
        summary=(
            "Sáng 19/11, ngành Giáo dục huyện Tuy An tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và tuyên dương 76 tập thể, cá nhân tiêu biểu."
        ),
        sapo_outside=True,
        opts={
            "stamp": "2026-11-29 09:12:00",
            "tip": False,
            "updated": "2026-12-04 07:28:00",
            "cover": True,
            "byline": "Phòng GD&ĐT Tuy An",
        },
    ),
    Story(
        5,
        S_DOAN,
        "Liên đội THCS Lê Thánh Tôn hưởng ứng Tháng hành động vì trẻ em",
        "tin-tuc",
        "2026-11-25T10:05:00+07:00",
        [
            P(
                "Hưởng ứng Tháng hành động vì trẻ em, Liên đội Trường THCS Lê Thánh Tôn (thị trấn Chí "
                "Thạnh) tổ chức chuỗi hoạt động tuyên truyền phòng chống bạo lực học đường và xâm hại "
                "trẻ em."
            ),
            P(
                "Các chi đội đã dàn dựng 8 tiểu phẩm sân khấu hóa về tình huống bắt nạt, bạo lực "
                "mạng; học sinh được hướng dẫn cách nhận biết, tự bảo vệ và tìm kiếm sự giúp đỡ từ "
                "thầy cô, cha mẹ."
            ),
            Img(
                up("11", "tieu-pham-ban-bao-luc.jpg"),
                "Tiểu phẩm “Nói không với bạo lực học đường” của Chi đội 8A2",
                "Tiểu phẩm “Nói không với bạo lực học đường” của Chi đội 8A2",
                "fig",
            ),
            P(
                "Dịp này, Liên đội phát động quyên góp sách vở, quần áo ấm ủng hộ học sinh có hoàn "
                "cảnh khó khăn ở xã An Xuân, An Lĩnh; kết quả thu được hơn 1.500 quyển vở và 300 bộ "
                "quần áo."
            ),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        photographers=["Đoàn trường THCS Lê Thánh Tôn"],
        opts={
            "stamp": "2026-11-25 10:05:00",
            "tip": True,
            "cover": True,
            "byline": "Tin: Nguyễn Hoàng Phúc; Ảnh: Đoàn trường THCS Lê Thánh Tôn",
        },
    ),
    Story(
        6,
        S_KHKT,
        "Học sinh Tuy An đạt 5 giải Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        "tin-tuc",
        "2026-11-18T08:15:00+07:00",
        [
            P(
                "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Phú Yên năm học "
                "2026-2027, huyện Tuy An có 5 dự án đạt giải, gồm 1 giải Nhì, 2 giải Ba và 2 giải "
                "Khuyến khích."
            ),
            P(
                "Dự án đạt giải Nhì “Thiết bị cảnh báo ngập lụt sử dụng cảm biến siêu âm” của hai em "
                "Nguyễn Minh Khang và Trần Bảo Ngọc (Trường THCS Lê Thánh Tôn) được Ban giám khảo đánh "
                "giá cao về tính thực tiễn tại vùng thường xuyên ngập lụt."
            ),
            Img(
                up("11", "khkt-cap-tinh-2026.jpg"),
                "Các em học sinh trình bày dự án trước Ban giám khảo",
                "Các em học sinh trình bày dự án trước Ban giám khảo",
                "fig",
            ),
            P(
                "Đây là năm thứ ba liên tiếp học sinh huyện Tuy An có dự án đạt giải cấp tỉnh. Dự án "
                "đạt giải Nhì được chọn dự thi cấp quốc gia vào tháng 3/2027."
            ),
            Raw('<p style="text-align:right;"><em>Theo Báo Phú Yên</em></p>'),
        ],
        source="Báo Phú Yên",
        summary=(
            "Huyện Tuy An có 5 dự án đạt giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh, trong đó có "
            "1 giải Nhì."
        ),
        sapo_outside=True,
        opts={"stamp": "2026-11-18 08:15:00", "tip": False, "cover": True},
    ),
    Story(
        7,
        S_HKPD,
        "Tuy An khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII",
        "tin-tuc",
        "2026-10-22T09:00:00+07:00",
        [
            P(
                "Sáng 22/10, tại Trung tâm Văn hóa - Thể thao huyện, Phòng GD&ĐT phối hợp với Phòng "
                "Văn hóa và Thông tin khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026."
            ),
            P(
                "Hội khỏe quy tụ hơn 900 vận động viên là học sinh tiểu học và THCS của 32 trường, "
                "tranh tài ở 8 môn: điền kinh, bơi lội, cờ vua, bóng đá, bóng chuyền, cầu lông, bóng "
                "bàn và võ cổ truyền."
            ),
            Img(up("10", "hkpd-khai-mac.jpg"), None, None, "nocap"),
            P(
                "Hội khỏe diễn ra đến ngày 26/10/2026, là dịp tuyển chọn vận động viên tham gia Hội "
                "khỏe Phù Đổng tỉnh Phú Yên năm 2027."
            ),
        ],
        opts={"stamp": "2026-10-22 09:00:00", "tip": False},
    ),
]

STORIES += [
    Story(
        8,
        S_NGHILU,
        "Thông báo cho học sinh nghỉ học do mưa lũ",
        "thong-bao",
        "2026-12-01",
        [
            P(
                "Căn cứ Công điện số 12/CĐ-UBND ngày 30/11/2026 của UBND huyện Tuy An về việc ứng phó "
                "với mưa lũ, Phòng GD&ĐT thông báo:"
            ),
            P(
                "Cho học sinh các trường mầm non, tiểu học, THCS trên địa bàn các xã An Ninh Tây, An "
                "Thạch, An Hiệp, An Cư nghỉ học ngày 01/12/2026.",
                "oli",
            ),
            P(
                "Các trường còn lại chủ động cho học sinh nghỉ học nếu đường đến trường bị ngập, báo "
                "cáo về Phòng trước 7 giờ 00.",
                "oli",
            ),
            P(
                "Hiệu trưởng các trường phân công trực, bảo vệ tài sản, hồ sơ; kê cao thiết bị, sách "
                "vở; tuyệt đối không để học sinh qua sông, suối, đập tràn khi nước đang lên.",
                "oli",
            ),
            P("Thời gian học bù do Hiệu trưởng bố trí, bảo đảm chương trình năm học."),
        ],
        opts={"stamp": "2026-12-01 08:00:00", "tip": False},
    ),
    Story(
        9,
        S_TUYENDUNG,
        "Thông báo tuyển dụng giáo viên hợp đồng năm học 2026-2027",
        "thong-bao",
        "2026-11-27",
        [
            P(
                "Phòng GD&ĐT huyện Tuy An thông báo tuyển dụng giáo viên hợp đồng giảng dạy tại các "
                "trường tiểu học và THCS năm học 2026-2027 như sau:"
            ),
            P("1. Chỉ tiêu", "h2"),
            P("Giáo viên Tiếng Anh tiểu học: 04 chỉ tiêu.", "li"),
            P("Giáo viên Tin học tiểu học: 03 chỉ tiêu.", "li"),
            P("Giáo viên Khoa học tự nhiên THCS: 02 chỉ tiêu.", "li"),
            P("2. Hồ sơ và thời gian nhận", "h2"),
            P(
                "Hồ sơ gồm: đơn đăng ký, sơ yếu lý lịch có xác nhận, bản sao văn bằng, chứng chỉ, "
                "giấy khám sức khỏe."
            ),
            P("Nhận hồ sơ từ ngày 30/11 đến hết ngày 10/12/2026 (trong giờ hành chính)."),
            P("Địa chỉ: Tổ Văn phòng, Phòng GD&ĐT huyện Tuy An.", "br"),
            P("Điện thoại liên hệ: 0257 3866 219.", "br"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"stamp": "2026-11-27 08:30:00", "tip": False, "byline": "Tổ Văn phòng"},
    ),
    Story(
        10,
        S_HOP,
        "Thông báo lịch họp giao ban Hiệu trưởng tháng 12/2026",
        "thong-bao",
        "2026-11-20T09:15:00+07:00",
        [
            P(
                "Phòng GD&ĐT thông báo lịch họp giao ban Hiệu trưởng các trường tháng 12/2026 tại "
                "Hội trường Phòng GD&ĐT (tầng 2):"
            ),
            P("Thời gian | Thành phần", "th"),
            P("Sáng thứ Hai, 07/12/2026 | Hiệu trưởng các trường mầm non", "td"),
            P("Chiều thứ Hai, 07/12/2026 | Hiệu trưởng các trường tiểu học", "td"),
            P("Sáng thứ Ba, 08/12/2026 | Hiệu trưởng các trường THCS", "td"),
            P(
                "Nội dung: đánh giá công tác tháng 11, triển khai nhiệm vụ tháng 12 và kiểm tra "
                "cuối học kỳ I."
            ),
            P("Đề nghị Hiệu trưởng dự họp đầy đủ, đúng giờ; trường hợp vắng phải báo trước.", "br"),
        ],
        opts={"stamp": "2026-11-20 09:15:00", "tip": True},
    ),
    Story(
        11,
        S_SHCM,
        "Sinh hoạt chuyên môn theo nghiên cứu bài học: kinh nghiệm từ các trường THCS",
        "chuyen-mon",
        "2026-12-03T20:10:00+07:00",
        [
            P(
                "Sau ba năm triển khai sinh hoạt chuyên môn theo hướng nghiên cứu bài học, các tổ "
                "chuyên môn ở bậc THCS của huyện đã có nhiều chuyển biến về cách dự giờ, phân tích "
                "bài học."
            ),
            P("Những điểm đã làm được", "h2"),
            P(
                "Giáo viên chuyển trọng tâm quan sát từ người dạy sang người học: học sinh học như "
                "thế nào, gặp khó khăn ở đâu, vì sao."
            ),
            P(
                "Không khí sinh hoạt cởi mở hơn; không còn xếp loại tiết dạy mà tập trung tìm giải "
                "pháp cho từng khó khăn của học sinh."
            ),
            P("Những tồn tại", "h2"),
            P("Một số tổ còn hình thức, thiết kế bài học chưa có sự tham gia của cả tổ.", "li"),
            P("Việc ghi chép quan sát chưa cụ thể, thiếu minh chứng bằng sản phẩm học tập.", "li"),
            P("Chưa chia sẻ kết quả nghiên cứu bài học giữa các trường.", "li"),
            P("Giải pháp thời gian tới", "h2"),
            P(
                "Mỗi tổ chuyên môn thực hiện ít nhất 2 chuyên đề nghiên cứu bài học mỗi học kỳ; Phòng "
                "GD&ĐT tổ chức sinh hoạt cụm trường để các tổ chia sẻ video tiết dạy và kết quả quan "
                "sát học sinh."
            ),
            P(
                "Tổ trưởng chuyên môn cần được bồi dưỡng kỹ năng điều hành buổi thảo luận, tránh áp "
                "đặt ý kiến, khuyến khích giáo viên trẻ mạnh dạn chia sẻ."
            ),
        ],
        authors=["Huỳnh Ngọc Sơn"],
        summary=(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên chú trọng việc học của "
            "học sinh, nhưng vẫn còn nơi làm hình thức."
        ),
        sapo_outside=True,
        opts={
            "stamp": "2026-12-03 20:10:00",
            "tip": False,
            "byline": "ThS. Huỳnh Ngọc Sơn - Phó Trưởng phòng",
        },
    ),
    Story(
        12,
        S_TOAN,
        "Kết quả Hội thi giải Toán trên máy tính cầm tay cấp huyện",
        "chuyen-mon",
        "2026-12-02",
        [
            P(
                "Hội thi giải Toán trên máy tính cầm tay cấp huyện năm học 2026-2027 dành cho học "
                "sinh lớp 8, 9 được tổ chức ngày 28/11/2026 tại Trường THCS Lê Thánh Tôn với 86 thí "
                "sinh dự thi."
            ),
            Img(
                up("12", "thi-may-tinh-cam-tay.jpg"),
                "Thí sinh làm bài thi",
                "Thí sinh làm bài thi",
                "fig",
            ),
            P("Kết quả các đơn vị dẫn đầu:"),
            P("Trường | Giải Nhất | Giải Nhì | Giải Ba", "th"),
            P("THCS Lê Thánh Tôn | 2 | 3 | 4", "td"),
            P("THCS Nguyễn Du | 1 | 2 | 3", "td"),
            P("THCS Đinh Tiên Hoàng | 1 | 1 | 2", "td"),
            P("THCS An Hòa Hải | 0 | 2 | 2", "td"),
            P(
                "Ban tổ chức chọn 12 học sinh có kết quả cao nhất vào đội tuyển của huyện dự thi cấp "
                "tỉnh vào tháng 01/2027."
            ),
        ],
        authors=["Tổ chuyên môn THCS"],
        opts={"stamp": "2026-12-02 07:10:00", "tip": False, "byline": "Tổ chuyên môn THCS"},
    ),
    Story(
        13,
        S_KTDG,
        "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
        "chuyen-mon",
        "2026-11-29T14:05:00+07:00",
        [
            P(
                "Thực hiện hướng dẫn của Sở GD&ĐT Phú Yên, Phòng GD&ĐT hướng dẫn các trường tổ chức "
                "kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 như sau:"
            ),
            P("Đối với cấp tiểu học", "h2"),
            P(
                "Kiểm tra định kỳ môn Tiếng Việt, Toán (lớp 1 đến lớp 5); Khoa học, Lịch sử và Địa lý, "
                "Tin học và Công nghệ, Tiếng Anh (lớp 4, lớp 5) theo Thông tư 27/2020/TT-BGDĐT."
            ),
            P("Đối với cấp THCS", "h2"),
            P(
                "Đề kiểm tra xây dựng theo ma trận, bản đặc tả; tỷ lệ câu hỏi ở các mức nhận biết, "
                "thông hiểu, vận dụng do tổ chuyên môn thống nhất, phù hợp đối tượng học sinh."
            ),
            P("Thời gian kiểm tra hoàn thành trước ngày 10/01/2027; báo cáo kết quả trước 15/01/2027."),
            Raw(
                '<p style="text-align:right;"><em>Nguồn: Sở GD&amp;ĐT Phú Yên</em></p>'
            ),
        ],
        source="Sở GD&ĐT Phú Yên",
        opts={"stamp": "2026-11-29 14:05:00", "tip": True},
    ),
    Story(
        14,
        S_TIENGVIET,
        "Chuyên đề dạy học phân môn Tiếng Việt lớp 1 theo sách giáo khoa mới",
        "chuyen-mon",
        "2026-11-05T14:30:00+07:00",
        [
            P(
                "Ngày 04/11/2026, tại Trường TH An Mỹ, Phòng GD&ĐT tổ chức chuyên đề dạy học môn Tiếng "
                "Việt lớp 1 cho giáo viên lớp 1 các trường tiểu học cụm phía Đông huyện."
            ),
            P(
                "Hai tiết dạy minh họa bài “Học vần: Vần an, at” và “Luyện đọc: Đôi bạn” do cô Võ Thị "
                "Bích Trâm và cô Đặng Thị Thu Thảo thực hiện, tập trung vào kỹ thuật đánh vần, đọc "
                "trơn và phát triển năng lực ngôn ngữ cho học sinh."
            ),
            Img(up("11", "chuyen-de-tieng-viet-1.jpg"), "", None, "empty"),
            P(
                "Trong phần thảo luận, giáo viên chia sẻ biện pháp giúp học sinh chậm đọc: tăng thời "
                "gian luyện đọc cá nhân, dùng thẻ chữ, trò chơi ghép vần và phối hợp với phụ huynh "
                "kèm cặp ở nhà."
            ),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        opts={
            "stamp": "2026-11-05 14:30:00",
            "tip": True,
            "cover": True,
            "byline": "Tin: Phạm Thị Ngọc Ánh (Trường TH An Mỹ)",
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def stamp(story: Story) -> datetime:
    return datetime.strptime(story.opts["stamp"], "%Y-%m-%d %H:%M:%S")


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=stamp, reverse=True)


def in_cat(key: str) -> list[Story]:
    return newest([s for s in STORIES if s.cat == key])


GOLD = []
for _s in STORIES:
    _g = gold_record(_s, f"/bai-viet/{_s.slug}", CATEGORIES[_s.cat])
    if _s.opts.get("cover"):
        # the thumbnail printed on top of the post (asset(): absolute, same host), no caption
        _g["images"].insert(0, {"path": thumb(_s.slug), "caption": None})
    GOLD.append(_g)

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/lich-cong-tac",
    "/van-ban",
    "/danh-muc/tin-tuc?page=2",
    "/danh-muc/chuyen-mon",
]


# --- Carbon, the way the developer's <x-time> component prints it -----------------------------


def human(when: datetime, calendar: bool = True) -> str:
    """``<x-time>``'s text: calendar form today/yesterday, diffForHumans, absolute after 14 days.

    ``calendar=False`` is the plain ``diffForHumans()`` the "Cập nhật" line uses."""
    if calendar and when.date() == NOW.date():
        return f"Hôm nay lúc {when:%H:%M}"
    if calendar and when.date() == NOW.date() - timedelta(days=1):
        return f"Hôm qua lúc {when:%H:%M}"
    elapsed = NOW - when
    days = elapsed.days
    if days > 14:
        return f"{when:%d/%m/%Y %H:%M}"
    if days >= 7:
        return f"{days // 7} tuần trước"
    if days >= 1:
        return f"{days} ngày trước"
    hours = elapsed.seconds // 3600
    return f"{hours} giờ trước" if hours else f"{elapsed.seconds // 60} phút trước"


def x_time(when: datetime, tip: bool, calendar: bool = True) -> str:
    text = esc(human(when, calendar))
    if tip:
        return f'<span title="{when:%Y-%m-%d %H:%M:%S}">{text}</span>'
    return f"<span>{text}</span>"


def post_time(story: Story) -> str:
    return x_time(stamp(story), story.opts["tip"])


def views(story: Story) -> str:
    return f"{story.views():,}".replace(",", ".")


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/danh-muc/tin-tuc", "Tin tức"),
    ("/danh-muc/thong-bao", "Thông báo"),
    ("/danh-muc/chuyen-mon", "Chuyên môn"),
    ("/van-ban", "Văn bản"),
    ("/lich-cong-tac", "Lịch công tác"),
    ("/lien-he", "Liên hệ"),
]

DOCS = [
    ("1245/PGDĐT-CM", "02/12/2026", "Hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027", "1245-pgddt-cm.pdf"),
    ("1218/PGDĐT-VP", "27/11/2026", "Kế hoạch tuyển dụng giáo viên hợp đồng năm học 2026-2027", "1218-pgddt-vp.pdf"),
    ("1190/PGDĐT-TH", "18/11/2026", "Triển khai Ngày hội STEM cấp trường, cấp huyện", "1190-pgddt-th.pdf"),
    ("1152/QĐ-PGDĐT", "05/11/2026", "Quyết định thành lập Ban tổ chức Hội thi giải Toán trên MTCT", "1152-qd-pgddt.pdf"),
    ("1098/PGDĐT-THCS", "21/10/2026", "Hướng dẫn sinh hoạt chuyên môn theo nghiên cứu bài học", "1098-pgddt-thcs.pdf"),
]

CSRF = storage_name("csrf-token")


def layout(request: Request, title: str, main: str, head: str = "", description: str = "") -> str:
    base = base_url(request)
    here = request.path
    menu = "".join(
        f'<li><a href="{href}" class="block px-3 py-2 hover:bg-blue-800'
        f'{" bg-blue-800" if href == here else ""}">{esc(label)}</a></li>'
        for href, label in MENU
    )
    latest = "".join(
        f'<li class="py-2 border-b border-gray-100"><a href="/bai-viet/{s.slug}" '
        f'class="text-sm text-gray-800 hover:text-blue-700">{esc(s.title)}</a>'
        f'<div class="text-xs text-gray-400 mt-1">{esc(human(stamp(s)))}</div></li>'
        for s in newest(STORIES)[:5]
    )
    docs = "".join(
        f'<li class="py-1"><a href="/storage/van-ban/{f}" target="_blank" class="text-sm text-blue-700 '
        f'hover:underline">{esc(no)}</a> <span class="text-xs text-gray-500">{esc(t)}</span></li>'
        for no, _d, t, f in DOCS[:3]
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{CSRF}">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE_LONG)}">
<link rel="icon" href="{base}/favicon.ico">
<link rel="stylesheet" href="{base}/build/assets/app-4f1c2a9e.css">
<script type="module" src="{base}/build/assets/app-9b0e7d31.js"></script>
{head}
</head>
<body class="bg-gray-100 font-sans antialiased">
<div class="bg-blue-900 text-blue-100 text-xs">
  <div class="max-w-6xl mx-auto px-4 py-1 flex justify-between">
    <span>{esc(TODAY)}</span><span>Đường dây nóng: 0257 3866 219</span>
  </div>
</div>
<header class="bg-blue-700 text-white">
  <div class="max-w-6xl mx-auto px-4 py-4 flex items-center gap-4">
    <a href="/"><img src="{base}/images/logo.png" alt="Logo" class="h-16 w-16"></a>
    <div>
      <div class="text-sm uppercase tracking-wide">UBND huyện Tuy An</div>
      <div class="text-xl md:text-2xl font-bold uppercase">Phòng Giáo dục và Đào tạo</div>
    </div>
  </div>
  <nav class="bg-blue-900">
    <ul class="max-w-6xl mx-auto px-4 flex flex-wrap text-sm font-medium">{menu}</ul>
  </nav>
</header>
<div class="max-w-6xl mx-auto px-4 py-6 grid grid-cols-1 lg:grid-cols-3 gap-6">
<main class="lg:col-span-2">
{main}
</main>
<aside class="space-y-6">
  <div class="bg-white rounded-lg shadow p-4">
    <form action="/tim-kiem" method="GET" class="flex">
      <input type="text" name="q" placeholder="Tìm kiếm..." class="flex-1 border border-gray-300 rounded-l px-3 py-2 text-sm">
      <button type="submit" class="bg-blue-700 text-white px-3 rounded-r text-sm">Tìm</button>
    </form>
  </div>
  <div class="bg-white rounded-lg shadow p-4">
    <h3 class="font-semibold text-blue-800 border-b-2 border-blue-700 pb-2 mb-2">Mới nhất</h3>
    <ul>{latest}</ul>
  </div>
  <div class="bg-white rounded-lg shadow p-4">
    <h3 class="font-semibold text-blue-800 border-b-2 border-blue-700 pb-2 mb-2">Văn bản mới</h3>
    <ul>{docs}</ul>
    <a href="/van-ban" class="text-xs text-blue-600 hover:underline">Xem tất cả văn bản →</a>
  </div>
  <div class="bg-white rounded-lg shadow p-4">
    <h3 class="font-semibold text-blue-800 border-b-2 border-blue-700 pb-2 mb-2">Thăm dò ý kiến</h3>
    <p class="text-sm text-gray-700 mb-2">Bạn đánh giá thế nào về trang thông tin của Phòng?</p>
    <form action="/binh-chon" method="POST" class="text-sm space-y-1">
      <input type="hidden" name="_token" value="{CSRF}">
      <label class="block"><input type="radio" name="option" value="1"> Rất hữu ích</label>
      <label class="block"><input type="radio" name="option" value="2"> Hữu ích</label>
      <label class="block"><input type="radio" name="option" value="3"> Cần cải thiện</label>
      <button type="submit" class="mt-2 bg-blue-700 text-white px-3 py-1 rounded text-xs">Bình chọn</button>
    </form>
  </div>
  <div class="bg-white rounded-lg shadow p-4">
    <h3 class="font-semibold text-blue-800 border-b-2 border-blue-700 pb-2 mb-2">Liên kết</h3>
    <ul class="text-sm space-y-1">
      <li><a href="https://moet.gov.vn" target="_blank" class="text-blue-700 hover:underline">Bộ Giáo dục và Đào tạo</a></li>
      <li><a href="https://phuyen.edu.vn" target="_blank" class="text-blue-700 hover:underline">Sở GD&amp;ĐT Phú Yên</a></li>
      <li><a href="https://tuyan.phuyen.gov.vn" target="_blank" class="text-blue-700 hover:underline">UBND huyện Tuy An</a></li>
      <li><a href="https://taphuan.csdl.edu.vn" target="_blank" class="text-blue-700 hover:underline">Tập huấn trực tuyến</a></li>
    </ul>
  </div>
  <div class="bg-white rounded-lg shadow p-4 text-sm text-gray-700">
    <h3 class="font-semibold text-blue-800 border-b-2 border-blue-700 pb-2 mb-2">Thống kê truy cập</h3>
    <p>Đang xem: 5</p>
    <p>Hôm nay: 214</p>
    <p>Tổng truy cập: 386.512</p>
  </div>
</aside>
</div>
<footer class="bg-blue-900 text-blue-100 text-sm mt-8">
  <div class="max-w-6xl mx-auto px-4 py-6 grid md:grid-cols-2 gap-4">
    <div>
      <p class="font-semibold uppercase">{esc(SITE_LONG)}</p>
      <p class="mt-1">Địa chỉ: Số 02 Trần Phú, thị trấn Chí Thạnh, huyện Tuy An, tỉnh Phú Yên</p>
      <p>Điện thoại: 0257 3866 219 - Email: pgdtuyan@phuyen.edu.vn</p>
    </div>
    <div class="md:text-right">
      <p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT huyện Tuy An</p>
      <p class="text-xs text-blue-300 mt-1">© 2026 - Thiết kế bởi Nguyễn Quốc Bảo (sinh viên CNTT)</p>
    </div>
  </div>
</footer>
</body>
</html>"""


def page(request: Request, title: str, main: str, status: int = 200, **kw) -> Response:
    return html(layout(request, f"{title} - {SITE_TITLE}", main, **kw), status=status)


def not_found(request: Request) -> Response:
    main = (
        '<div class="bg-white rounded-lg shadow p-10 text-center">'
        '<div class="text-6xl font-bold text-gray-300">404</div>'
        '<p class="mt-2 text-gray-600">Not Found</p>'
        '<a href="/" class="mt-4 inline-block text-blue-700 hover:underline">Về trang chủ</a></div>'
    )
    return page(request, "Not Found", main, status=404)


# --- posts ----------------------------------------------------------------------------------


def render_blocks(story: Story) -> str:
    out: list[str] = []
    i, blocks = 0, story.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            img = f'<img src="{esc(b.src)}" alt="">'
            if b.style == "fig":
                out.append(f'<figure class="image">{img}<figcaption>{esc(b.printed or "")}</figcaption></figure>')
            elif b.style == "empty":
                out.append(f'<figure class="image">{img}<figcaption></figcaption></figure>')
            else:
                out.append(f'<figure class="image">{img}</figure>')
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        elif b.style in ("th", "td"):
            head: list[str] = []
            rows: list[str] = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head.extend(f"<th>{esc(c)}</th>" for c in cells)
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                f'<figure class="table"><table><thead><tr>{"".join(head)}</tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table></figure>"
            )
            continue
        elif b.style == "h2":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
        elif b.style == "br":
            last = out.pop()
            assert last.endswith("</p>")
            out.append(last[: -len("</p>")] + f"<br>{esc(b.text)}</p>")
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    return "\n".join(out)


def card(request: Request, s: Story) -> str:
    base = base_url(request)
    return (
        f'<a href="/bai-viet/{s.slug}" class="block bg-white rounded-lg shadow hover:shadow-md overflow-hidden">'
        f'<img src="{base}{thumb(s.slug)}" alt="{esc(s.title)}" class="w-full h-28 object-cover">'
        f'<div class="p-2"><p class="text-sm font-medium text-gray-800 line-clamp-2">{esc(s.title)}</p>'
        f'<p class="text-xs text-gray-400 mt-1">{post_time(s)}</p></div></a>'
    )


def excerpt(s: Story, limit: int = 150) -> str:
    text = s.summary or " ".join(p for p in s.paragraphs)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "..."


def post_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    cat = CATEGORIES[s.cat]
    short = s.title if len(s.title) <= 48 else s.title[:48] + "..."
    updated = ""
    if s.opts.get("updated"):
        when = datetime.strptime(s.opts["updated"], "%Y-%m-%d %H:%M:%S")
        updated = f'<span class="italic text-gray-400">· Cập nhật {x_time(when, True, calendar=False)}</span>'
    sapo = (
        f'<p class="mt-3 text-base font-semibold text-gray-700 leading-relaxed">{esc(s.summary)}</p>'
        if s.summary and s.sapo_outside
        else ""
    )
    cover = (
        f'<img src="{base}{thumb(s.slug)}" alt="{esc(s.title)}" class="w-full mt-4 rounded-lg">'
        if s.opts.get("cover")
        else ""
    )
    byline = (
        f'<p class="mt-4 text-right font-semibold text-gray-800">{esc(s.opts["byline"])}</p>'
        if s.opts.get("byline")
        else ""
    )
    others = [o for o in in_cat(s.cat) if o is not s][:4]
    deck = "".join(card(request, o) for o in others)
    url = f"{base}/bai-viet/{s.slug}"
    main = f"""<nav class="text-sm text-gray-500 mb-3">
  <a href="/" class="hover:text-blue-700">Trang chủ</a> <span class="mx-1">/</span>
  <a href="/danh-muc/{s.cat}" class="hover:text-blue-700">{esc(cat)}</a> <span class="mx-1">/</span>
  <span class="text-gray-400">{esc(short)}</span>
</nav>
<article class="bg-white rounded-lg shadow p-4 md:p-6">
  <a href="/danh-muc/{s.cat}" class="inline-block px-2 py-0.5 text-xs font-semibold rounded bg-blue-100 text-blue-700">{esc(cat)}</a>
  <h1 class="mt-2 text-2xl font-bold text-gray-900 leading-snug">{esc(s.title)}</h1>
  <div class="mt-2 flex flex-wrap items-center gap-2 text-sm text-gray-500">
    <span><svg class="inline w-4 h-4" fill="none" stroke="currentColor" viewBox="0 0 24 24"><path d="M12 8v4l3 3"></path></svg> {post_time(s)}</span>
    <span>· bởi admin</span>
    <span>· {views(s)} lượt xem</span>
    {updated}
  </div>
  {sapo}
  {cover}
  <div class="prose prose-sm md:prose-base max-w-none mt-4">
{render_blocks(s)}
  </div>
  {byline}
  <div class="mt-6 pt-4 border-t border-gray-200 flex flex-wrap items-center gap-2 text-sm">
    <span class="text-gray-500">Chia sẻ:</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" class="px-3 py-1 rounded bg-blue-600 text-white">Facebook</a>
    <a href="https://zalo.me/share?url={url}" target="_blank" class="px-3 py-1 rounded bg-sky-500 text-white">Zalo</a>
    <button onclick="window.print()" class="px-3 py-1 rounded bg-gray-200 text-gray-700">In bài</button>
    <a href="mailto:?subject={esc(s.title)}&amp;body={url}" class="px-3 py-1 rounded bg-gray-200 text-gray-700">Gửi email</a>
  </div>
</article>
<section class="mt-6">
  <h3 class="text-lg font-semibold text-gray-800 border-l-4 border-blue-700 pl-2">Bài viết khác</h3>
  <div class="grid grid-cols-2 md:grid-cols-4 gap-4 mt-3">{deck}</div>
</section>"""
    head = (
        f'<link rel="canonical" href="{url}">\n'
        f'<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:description" content="{esc(excerpt(s))}">\n'
        f'<meta property="og:image" content="{base}{thumb(s.slug)}">'
    )
    return page(request, s.title, main, head=head, description=excerpt(s))


# --- listings -------------------------------------------------------------------------------


def row(request: Request, s: Story) -> str:
    base = base_url(request)
    return f"""<div class="flex gap-4 py-4 border-b border-gray-100">
  <a href="/bai-viet/{s.slug}" class="shrink-0"><img src="{base}{thumb(s.slug)}" alt="" class="w-40 h-28 object-cover rounded"></a>
  <div>
    <a href="/bai-viet/{s.slug}" class="font-semibold text-gray-900 hover:text-blue-700">{esc(s.title)}</a>
    <p class="text-xs text-gray-400 mt-1">{post_time(s)}</p>
    <p class="mt-1 text-sm text-gray-600">{esc(excerpt(s))}</p>
  </div>
</div>"""


def paginator(request: Request, path: str, current: int, total: int) -> str:
    """Laravel's tailwind pagination view (absolute links, page 1 as ?page=1)."""
    last = max(1, -(-total // PER_PAGE))
    if last == 1:
        return ""
    base = base_url(request) + path

    def link(n: int, label: str) -> str:
        return (
            f'<a href="{base}?page={n}" class="relative inline-flex items-center px-4 py-2 -ml-px text-sm '
            f'font-medium text-gray-700 bg-white border border-gray-300 leading-5 hover:text-gray-500" '
            f'aria-label="{label}">{label}</a>'
        )

    def off(label: str) -> str:
        return (
            '<span aria-disabled="true"><span class="relative inline-flex items-center px-4 py-2 -ml-px '
            f'text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5">'
            f"{label}</span></span>"
        )

    parts = [link(current - 1, "&laquo;") if current > 1 else off("&laquo;")]
    for n in range(1, last + 1):
        if n == current:
            parts.append(f'<span aria-current="page">{off(str(n))}</span>')
        else:
            parts.append(link(n, str(n)))
    parts.append(link(current + 1, "&raquo;") if current < last else off("&raquo;"))
    first = (current - 1) * PER_PAGE + 1
    upto = min(current * PER_PAGE, total)
    return f"""<nav role="navigation" aria-label="Pagination Navigation" class="flex items-center justify-between mt-4">
  <div class="flex justify-between flex-1 sm:hidden">
    {link(current - 1, "&laquo; Trước") if current > 1 else off("&laquo; Trước")}
    {link(current + 1, "Sau &raquo;") if current < last else off("Sau &raquo;")}
  </div>
  <div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between">
    <p class="text-sm text-gray-700 leading-5">Hiển thị <span class="font-medium">{first}</span> đến <span class="font-medium">{upto}</span> trong <span class="font-medium">{total}</span> kết quả</p>
    <span class="relative z-0 inline-flex shadow-sm rounded-md">{"".join(parts)}</span>
  </div>
</nav>"""


def category_page(request: Request, key: str) -> Response:
    raw = request.params.get("page", "1")
    current = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    posts = in_cat(key)
    chunk = posts[(current - 1) * PER_PAGE : current * PER_PAGE]
    name = CATEGORIES[key]
    rows = "".join(row(request, s) for s in chunk) or (
        '<p class="py-6 text-center text-gray-500">Chưa có bài viết nào.</p>'
    )
    main = f"""<nav class="text-sm text-gray-500 mb-3"><a href="/" class="hover:text-blue-700">Trang chủ</a> <span class="mx-1">/</span> <span class="text-gray-400">{esc(name)}</span></nav>
<div class="bg-white rounded-lg shadow p-4 md:p-6">
  <h1 class="text-xl font-bold text-blue-800 uppercase border-b-2 border-blue-700 pb-2">{esc(name)}</h1>
  {rows}
  {paginator(request, f"/danh-muc/{key}", current, len(posts))}
</div>"""
    return page(request, name, main)


def home(request: Request) -> Response:
    base = base_url(request)
    ordered = newest(STORIES)
    lead = ordered[0]
    lead_html = f"""<div class="bg-white rounded-lg shadow overflow-hidden">
  <a href="/bai-viet/{lead.slug}"><img src="{base}{thumb(lead.slug)}" alt="" class="w-full h-64 object-cover"></a>
  <div class="p-4">
    <a href="/bai-viet/{lead.slug}" class="text-xl font-bold text-gray-900 hover:text-blue-700">{esc(lead.title)}</a>
    <p class="text-xs text-gray-400 mt-1">{post_time(lead)}</p>
    <p class="mt-2 text-gray-600">{esc(excerpt(lead, 220))}</p>
  </div>
</div>"""
    grid = "".join(card(request, s) for s in ordered[1:7])
    blocks = []
    for key, name in CATEGORIES.items():
        items = "".join(
            f'<li class="py-2 border-b border-gray-100"><a href="/bai-viet/{s.slug}" class="text-gray-800 '
            f'hover:text-blue-700">{esc(s.title)}</a> <span class="text-xs text-gray-400">({esc(human(stamp(s)))})</span></li>'
            for s in in_cat(key)[:3]
        )
        blocks.append(
            f"""<section class="bg-white rounded-lg shadow p-4 mt-6">
  <div class="flex justify-between items-center border-b-2 border-blue-700 pb-2">
    <h2 class="font-semibold text-blue-800 uppercase">{esc(name)}</h2>
    <a href="/danh-muc/{key}" class="text-xs text-blue-600 hover:underline">Xem tất cả →</a>
  </div>
  <ul>{items}</ul>
</section>"""
        )
    main = f"""{lead_html}
<section class="mt-6">
  <h2 class="text-lg font-semibold text-gray-800 border-l-4 border-blue-700 pl-2">Tin mới nhất</h2>
  <div class="grid grid-cols-2 md:grid-cols-3 gap-4 mt-3">{grid}</div>
</section>
{"".join(blocks)}"""
    return html(layout(request, f"{SITE_TITLE} - Trang chủ", main))


def search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in newest(STORIES) if q and q.casefold() in s.title.casefold()]
    rows = "".join(row(request, s) for s in hits) or (
        '<p class="py-6 text-center text-gray-500">Không tìm thấy kết quả phù hợp.</p>'
    )
    main = f"""<div class="bg-white rounded-lg shadow p-4 md:p-6">
  <h1 class="text-xl font-bold text-blue-800">Kết quả tìm kiếm: “{esc(q)}”</h1>
  {rows}
</div>"""
    return page(request, "Tìm kiếm", main)


# --- static pages ----------------------------------------------------------------------------


def static_box(title: str, inner: str) -> str:
    return f"""<nav class="text-sm text-gray-500 mb-3"><a href="/" class="hover:text-blue-700">Trang chủ</a> <span class="mx-1">/</span> <span class="text-gray-400">{esc(title)}</span></nav>
<div class="bg-white rounded-lg shadow p-4 md:p-6">
  <h1 class="text-2xl font-bold text-gray-900">{esc(title)}</h1>
  <div class="prose max-w-none mt-4">
{inner}
  </div>
</div>"""


def gioi_thieu(request: Request) -> Response:
    inner = """<p>Phòng Giáo dục và Đào tạo huyện Tuy An là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<h2>Cơ cấu tổ chức</h2>
<ul><li>Trưởng phòng: ông Lê Quang Vinh</li><li>Phó Trưởng phòng: ThS. Huỳnh Ngọc Sơn, bà Nguyễn Thị Minh Thư</li><li>Các bộ phận: Tổ Văn phòng, Tổ chuyên môn Mầm non, Tổ chuyên môn Tiểu học, Tổ chuyên môn THCS</li></ul>
<h2>Quy mô trường lớp</h2>
<p>Năm học 2026-2027, toàn huyện có 18 trường mầm non, 21 trường tiểu học, 14 trường THCS với hơn 27.000 học sinh và 1.650 cán bộ, giáo viên, nhân viên.</p>
<p class="text-sm text-gray-500">Cập nhật lần cuối: 15/08/2026</p>"""
    return page(request, "Giới thiệu", static_box("Giới thiệu", inner))


def lien_he(request: Request) -> Response:
    inner = f"""<p><strong>{esc(SITE_LONG)}</strong></p>
<p>Địa chỉ: Số 02 Trần Phú, thị trấn Chí Thạnh, huyện Tuy An, tỉnh Phú Yên<br>Điện thoại: 0257 3866 219 - Fax: 0257 3866 220<br>Email: pgdtuyan@phuyen.edu.vn</p>
<form action="/lien-he" method="POST" class="not-prose mt-4 space-y-3">
  <input type="hidden" name="_token" value="{CSRF}">
  <input type="text" name="name" placeholder="Họ và tên" class="w-full border border-gray-300 rounded px-3 py-2">
  <input type="email" name="email" placeholder="Email" class="w-full border border-gray-300 rounded px-3 py-2">
  <textarea name="message" rows="5" placeholder="Nội dung" class="w-full border border-gray-300 rounded px-3 py-2"></textarea>
  <button type="submit" class="bg-blue-700 text-white px-4 py-2 rounded">Gửi liên hệ</button>
</form>"""
    return page(request, "Liên hệ", static_box("Liên hệ", inner))


SCHEDULE = [
    ("Thứ Hai 30/11", "Sáng: Lãnh đạo Phòng họp giao ban đầu tuần", "Chiều: Trưởng phòng dự họp UBND huyện"),
    ("Thứ Ba 01/12", "Sáng: Kiểm tra công tác phòng chống lụt bão tại các trường", "Chiều: Làm việc tại cơ quan"),
    ("Thứ Tư 02/12", "Sáng: Phó Trưởng phòng Huỳnh Ngọc Sơn dự chuyên đề tại THCS Nguyễn Du", "Chiều: Họp Hội đồng thi đua"),
    ("Thứ Năm 03/12", "Cả ngày: Đoàn kiểm tra chuẩn quốc gia tại TH Hòa Thành", ""),
    ("Thứ Sáu 04/12", "Sáng: Dự Ngày hội STEM tại TH An Dân", "Chiều: Giao ban Tổ chuyên môn"),
    ("Thứ Bảy 05/12", "Trực cơ quan: Tổ Văn phòng", ""),
]


def lich_cong_tac(request: Request) -> Response:
    rows = "".join(
        f'<tr><td class="border px-2 py-1 font-medium">{esc(d)}</td><td class="border px-2 py-1">{esc(a)}</td>'
        f'<td class="border px-2 py-1">{esc(b)}</td></tr>'
        for d, a, b in SCHEDULE
    )
    inner = f"""<p>Tuần 49 (từ ngày 30/11/2026 đến ngày 06/12/2026)</p>
<table class="w-full text-sm border"><thead><tr><th class="border px-2 py-1">Ngày</th><th class="border px-2 py-1">Buổi sáng</th><th class="border px-2 py-1">Buổi chiều</th></tr></thead><tbody>{rows}</tbody></table>
<p class="text-sm text-gray-500">Đăng lúc: Hôm qua lúc 16:45 · Tổ Văn phòng</p>"""
    return page(request, "Lịch công tác", static_box("Lịch công tác tuần", inner))


def van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td class="border px-2 py-1">{esc(no)}</td><td class="border px-2 py-1">{esc(d)}</td>'
        f'<td class="border px-2 py-1">{esc(t)}</td><td class="border px-2 py-1">'
        f'<a href="/storage/van-ban/{f}" class="text-blue-700 hover:underline">Tải về</a></td></tr>'
        for no, d, t, f in DOCS
    )
    inner = f"""<table class="w-full text-sm border"><thead><tr><th class="border px-2 py-1">Số hiệu</th><th class="border px-2 py-1">Ngày ban hành</th><th class="border px-2 py-1">Trích yếu</th><th class="border px-2 py-1">Tệp</th></tr></thead><tbody>{rows}</tbody></table>"""
    return page(request, "Văn bản", static_box("Văn bản chỉ đạo, điều hành", inner))


STATIC = {
    "/gioi-thieu": gioi_thieu,
    "/lien-he": lien_he,
    "/lich-cong-tac": lich_cong_tac,
    "/van-ban": van_ban,
    "/tim-kiem": search,
}


class LaravelSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/storage/van-ban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/storage/", "/build/", "/images/")) or path == "/favicon.ico":
            return static_file(path)
        if path != "/" and path.endswith("/"):
            query = f"?{request.query}" if request.query else ""
            return redirect(base_url(request) + path.rstrip("/") + query, 301)
        if path == "/":
            return home(request)
        if request.method == "POST":
            return html("<h1>419 | Page Expired</h1>", status=419)
        if path in STATIC:
            return STATIC[path](request)
        if m := re.fullmatch(r"/danh-muc/([a-z0-9-]+)", path):
            if m.group(1) in CATEGORIES:
                return category_page(request, m.group(1))
            return not_found(request)
        if (m := re.fullmatch(r"/bai-viet/([a-z0-9-]+)", path)) and m.group(1) in BY_SLUG:
            return post_page(request, BY_SLUG[m.group(1)])
        return not_found(request)


def build_site() -> LaravelSite:
    return LaravelSite()
