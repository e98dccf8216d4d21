"""Phòng GD&ĐT thành phố Bảo Lộc (Lâm Đồng) on a Ruby on Rails 7 app written by a local
developer: Bootstrap 5, Turbo, ActionText (Trix) for newer posts, CarrierWave uploads for the
posts imported from the old site, and KEYSET (cursor) pagination everywhere: no page numbers.

Platform
--------
A plain Rails app (``PostsController``, ``CategoriesController``, ``PagesController``). Posts have
``to_param`` = ``"#{id}-#{title.parameterize}"``; ``Post.find(params[:id])`` reads the leading
integer, so ``/posts/229`` and ``/posts/229-anything`` serve the same post. The layout::

    <div class="topbar"> "Thứ Sáu, 04/12/2026" (today), hotline </div>
    <header> logo, <nav class="navbar navbar-expand-lg"> menu </nav> </header>
    <main class="container"><div class="row">
      <div class="col-lg-8"> breadcrumb, content </div>
      <aside class="col-lg-4"> "Đọc nhiều", "Thống kê truy cập" (Đang online / Hôm nay /
        Tổng truy cập), "Liên kết website", "Bình chọn" poll form </aside>
    </div></main>
    <footer> address, phone, email, a stale "Lưu trữ bài viết" link </footer>

Post page (``posts/show``)::

    <article class="post-show">
      <h1 class="post-title">…</h1>
      <div class="post-meta"> <time datetime="2026-11-18T08:30:00+07:00">18/11/2026 08:30</time>
        · Người đăng: <span class="post-author">…</span> · 342 lượt xem </div>
      <p class="lead">sapo</p>            (some posts)
      <div class="post-body"> … </div>   (imported posts: <p>, <h3>, <ol>, <blockquote>, a table)
      <div class="post-body trix-content"> … </div>   (ActionText posts: <div>…<br><br>…</div>,
        <h1> sub-headings, <figure class="attachment attachment--preview"> with
        <figcaption class="attachment__caption">)
      share bar (Facebook, Zalo, In bài, Gửi email, short link /posts/<id>)
    </article>
    "Bình luận (0)" + comment form, "Bài viết liên quan" cards (3 newest of the category).

URL scheme
----------
- ``/`` home: "Tin mới" list, 5 posts, newest first; "Xem cũ hơn →" links to
  ``/?before=<ISO time of the last post shown>``; pages reached that way print
  "← Mới hơn" → ``?after=<ISO time of the first post shown>``. No page numbers.
- ``/categories/<slug>``: same keyset pager (``?before=`` / ``?after=``) for Tin tức, Thông báo,
  Thi đua - Khen thưởng; "Hoạt động chuyên môn" uses ``?cursor=<opaque base64url token>``
  (``{"id":203}`` → ``eyJpZCI6MjAzfQ``; the "← Mới hơn" token carries ``"d":"prev"``).
- ``/posts/<id>-<slug>`` post (canonical); ``/posts/<id>`` the same post (short link in the
  share bar); ``/posts/233-khen-thuong-45-nha-giao-tieu-bieu`` an old slug (the title was
  corrected) still linked by the cached "Đọc nhiều" widget.
- ``/posts.json?before=…`` (``&category=…``): JSON for the infinite-scroll Stimulus controller,
  named by ``data-next-url`` on the list container (not a link).
- ``/posts.atom``: Atom feed of the 10 newest posts (``<link rel="alternate">`` in the head).
- ``/posts`` the bare index (not linked); ``/posts?page=2`` answers 400 "Invalid cursor" (the old
  will_paginate parameter), linked once, from the footer.
- ``/gioi-thieu``, ``/lien-he`` (form), ``/van-ban`` (a table of documents → PDFs).
- Images: ActionText ``/rails/active_storage/blobs/redirect/<signed id>/<file>``; imported posts
  ``/uploads/post/image/<id>/<file>``; list thumbnails ``/uploads/post/cover/<id>/thumb_…``.

How each gold article is reached
--------------------------------
14 posts; the home list is 3 keyset pages (5, 5, 4). The four oldest (211, 207, 203, 198) are
only on ``/?before=2026-10-21T10:05:00+07:00`` (home, 3rd page) and their category lists; 198 is on
the 2nd cursor page of Hoạt động chuyên môn (6 posts: 5 + 1) and nowhere else — not in the feed
(10 newest), not in "Đọc nhiều", not in any "Bài viết liên quan" deck (3 newest of the category).

Traps
-----
- Keyset links: ``?before=``/``?after=`` carry an ISO timestamp with ``:`` and ``+``
  percent-encoded; an ``?after=`` page repeats a ``?before=`` page's posts under another URL.
- Opaque ``?cursor=`` tokens (base64url without padding); a bad token → 400 "Invalid cursor".
- ``/posts/<id>`` and an old slug serve the same post (alt_paths); canonical names the slug.
- ``/posts?page=2`` → 400 "Invalid cursor" (stale footer link).
- The header's "Thứ Sáu, 04/12/2026" is today, never a publication date.
- An ActionText image without a caption prints its file name and size in the figcaption
  ("IMG_20261120_0815.jpg 2,4 MB"): no caption.
- Trix sub-headings are ``<h1>`` inside the body; Trix paragraphs are ``<br><br>``-separated
  text in one ``<div>``, a single ``<br>`` splits a line too.
- /van-ban prints document numbers and dates in a table: not an article.

Gold decisions
--------------
- title: ``h1.post-title``; published_at: the ``<time>`` (date and time printed).
- authors: "Người đăng: Phòng GD&ĐT" → the unit; a teacher's name → that name; "Quản trị
  viên" (the admin account) → nobody. A closing byline decides where there is one ("Bài, ảnh:
  Trần Quốc Việt" → author and photographer; "Tin: X. Ảnh: Đoàn trường"; a right-aligned
  "ThS. Lê Thị Minh Nguyệt - Chuyên viên" → the name; a right-aligned "Tổ Mầm non" → the unit).
- source: "Nguồn: Báo Lâm Đồng", "Theo Cổng TTĐT Sở GD&ĐT Lâm Đồng".
- summary: ``p.lead`` where printed (first body paragraph too).
- body: post-body blocks; list items, table rows (cells " | "), blockquotes, headings are
  paragraphs; captions, bylines, source, share bar, comments, related cards are not.
- images: in-body photos; caption = figcaption / the italic or centred line under the photo.
- category: the breadcrumb's section.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
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

NAME = "keyset_pager_pgd"
PLATFORM = "Ruby on Rails 7 custom app (Bootstrap 5, ActionText), keyset/cursor pagination"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Phòng GD&ĐT thành phố Bảo Lộc"
PER_PAGE = 5
FEED_SIZE = 10

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
    "thi-dua-khen-thuong": "Thi đua - Khen thưởng",
}
#: the category whose list pages with an opaque ``?cursor=`` token
CURSOR_CATEGORY = "hoat-dong-chuyen-mon"

ADMIN = "Quản trị viên"


def blob(name: str, seed: int) -> str:
    """An ActionText attachment URL: signed blob id (base64url) + digest + file name."""
    signed = (
        base64.urlsafe_b64encode(
            json.dumps({"_rails": {"data": seed, "pur": "blob_id"}}, separators=(",", ":")).encode()
        )
        .decode()
        .rstrip("=")
    )
    return f"/rails/active_storage/blobs/redirect/{signed}--{seed * 7919:012x}/{name}"


def upl(post_id: int, name: str) -> str:
    return f"/uploads/post/image/{post_id}/{name}"


# --- the posts, newest first ------------------------------------------------------------------
#
# opts: ts (ISO time), poster (Người đăng), trix (ActionText body), old_slug.
# P styles: "" paragraph, "h" heading, "li" ordered item, "uli" bullet, "quote", "row"/"head"
# (table rows, cells " | "), "br" (joined to the previous line by one <br>).
# Img styles: "trix" (ActionText figure), "fig" (Bootstrap figure), "em" (italic line under),
# "center" (centred plain line under), "none".

STORIES: list[Story] = [
    Story(
        241,
        "hoi-nghi-so-ket-cong-tac-chuyen-doi-so-nganh-giao-duc-thanh-pho-bao-loc",
        "Hội nghị sơ kết công tác chuyển đổi số ngành Giáo dục thành phố Bảo Lộc",
        "tin-tuc",
        "2026-12-02T15:20:00+07:00",
        [
            P(
                "Chiều 02/12, Phòng GD&ĐT thành phố Bảo Lộc tổ chức hội nghị sơ kết công tác chuyển "
                "đổi số trong các cơ sở giáo dục giai đoạn 2024-2026 và triển khai nhiệm vụ thời gian tới."
            ),
            P(
                "Tham dự hội nghị có đại diện lãnh đạo UBND thành phố, Sở GD&ĐT Lâm Đồng cùng hiệu "
                "trưởng, phó hiệu trưởng phụ trách công nghệ thông tin của 52 trường mầm non, tiểu học "
                "và THCS trên địa bàn."
            ),
            Img(
                blob("hoi-nghi-chuyen-doi-so-1.jpg", 5511),
                "Quang cảnh hội nghị sơ kết công tác chuyển đổi số",
                "Quang cảnh hội nghị sơ kết công tác chuyển đổi số",
                "trix",
            ),
            P("Kết quả nổi bật", "h"),
            P(
                "100% trường học đã sử dụng phần mềm quản lý trường học, sổ điểm điện tử và học bạ số "
                "cấp tiểu học; 94% giáo viên có tài khoản và sử dụng thường xuyên kho học liệu số của ngành."
            ),
            P("Thu học phí không dùng tiền mặt đạt 98,6% số học sinh.", "br"),
            P(
                "Nhiều đơn vị như Trường THCS Lộc Phát, Trường TH Lý Tự Trọng đã xây dựng được mô hình "
                "lớp học thông minh, thư viện số phục vụ học sinh."
            ),
            P("Nhiệm vụ trọng tâm thời gian tới", "h"),
            P(
                "Ông Phạm Văn Hùng, Trưởng phòng GD&ĐT, đề nghị các trường tiếp tục hoàn thiện cơ sở dữ "
                "liệu ngành, chuẩn hóa hồ sơ số và đẩy mạnh bồi dưỡng năng lực số cho đội ngũ."
            ),
            Img(
                blob("IMG_20261202_1512.jpg", 5512),
                None,
                None,
                "trix",
            ),
            P(
                "Dịp này, Phòng GD&ĐT trao giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc "
                "trong triển khai chuyển đổi số năm học 2025-2026."
            ),
            Raw('<div style="text-align: right;"><strong>Bài, ảnh: Trần Quốc Việt</strong></div>'),
        ],
        authors=["Trần Quốc Việt"],
        photographers=["Trần Quốc Việt"],
        opts={"poster": "Trần Quốc Việt", "trix": True},
    ),
    Story(
        238,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 cấp THCS",
        "thong-bao",
        "2026-11-30T09:45:00+07:00",
        [
            P(
                "Căn cứ kế hoạch thời gian năm học 2026-2027, Phòng GD&ĐT thành phố Bảo Lộc thông báo "
                "lịch kiểm tra cuối học kỳ I các môn học đánh giá bằng điểm số cấp THCS như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "head"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("21/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "row"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("22/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "row"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P(
                "Đề kiểm tra các môn Ngữ văn, Toán, Tiếng Anh do Phòng GD&ĐT ra chung; các môn còn lại "
                "do nhà trường tự ra đề theo ma trận, đặc tả đã thống nhất trong tổ chuyên môn."
            ),
            P(
                "Các trường bố trí phòng kiểm tra, cán bộ coi kiểm tra nghiêm túc và nhập điểm vào phần "
                "mềm quản lý trường học chậm nhất ngày 31/12/2026."
            ),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"poster": "Phòng GD&ĐT"},
    ),
    Story(
        236,
        "chuyen-de-day-hoc-stem-cap-tieu-hoc-tai-truong-th-loc-son-2",
        "Chuyên đề dạy học STEM cấp tiểu học tại Trường TH Lộc Sơn 2",
        "hoat-dong-chuyen-mon",
        "2026-11-27T16:10:00+07:00",
        [
            P(
                "Nhằm triển khai hiệu quả giáo dục STEM theo Công văn 909/BGDĐT-GDTH, Phòng GD&ĐT tổ "
                "chức chuyên đề cấp thành phố về dạy học bài học STEM lớp 4, lớp 5."
            ),
            P(
                "Chuyên đề thu hút hơn 80 cán bộ quản lý và giáo viên cốt cán của 24 trường tiểu học. Hai "
                "tiết dạy minh họa được thực hiện tại Trường TH Lộc Sơn 2: “Làm mô hình hệ thống tưới "
                "nhỏ giọt cho vườn rau” (lớp 5) và “Chế tạo đồng hồ mặt trời” (lớp 4)."
            ),
            Img(
                upl(236, "stem-loc-son-2-tiet-day.jpg"),
                "Học sinh lớp 5 thử nghiệm mô hình tưới nhỏ giọt",
                "Học sinh lớp 5 thử nghiệm mô hình tưới nhỏ giọt",
                "fig",
            ),
            P(
                "Các tiết dạy được thiết kế theo quy trình kỹ thuật: xác định vấn đề, nghiên cứu kiến "
                "thức nền, đề xuất giải pháp, chế tạo, thử nghiệm và chia sẻ, điều chỉnh."
            ),
            P(
                "Trong phần thảo luận, giáo viên đã trao đổi về cách chọn chủ đề gắn với thực tiễn "
                "địa phương như cây chè, cây cà phê, dâu tằm của Bảo Lộc."
            ),
            Img(
                upl(236, "stem-loc-son-2-thao-luan.jpg"),
                "Giáo viên thảo luận sau tiết dạy minh họa",
                "Giáo viên thảo luận sau tiết dạy minh họa",
                "fig",
            ),
            P(
                "Kết thúc chuyên đề, Phòng GD&ĐT yêu cầu mỗi trường tiểu học tổ chức ít nhất hai bài "
                "học STEM mỗi học kỳ và báo cáo kết quả vào cuối năm học."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary=(
            "Ngày 26/11, tại Trường TH Lộc Sơn 2, Phòng GD&ĐT thành phố Bảo Lộc tổ chức chuyên đề "
            "“Dạy học bài học STEM cấp tiểu học” năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"poster": "Nguyễn Thị Thu Hà"},
    ),
    Story(
        233,
        "khen-thuong-47-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Khen thưởng 47 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "thi-dua-khen-thuong",
        "2026-11-24T10:30:00+07:00",
        [
            P(
                "Ngày 19/11, UBND thành phố Bảo Lộc tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) và khen thưởng 47 nhà giáo, cán bộ quản lý giáo dục tiêu biểu."
            ),
            Img(
                upl(233, "le-khen-thuong-nha-giao.jpg"),
                "Lãnh đạo thành phố trao giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo thành phố trao giấy khen cho các nhà giáo tiêu biểu",
                "center",
            ),
            P("Các hình thức khen thưởng gồm:"),
            P("Bằng khen của Chủ tịch UBND tỉnh Lâm Đồng: 5 nhà giáo;", "li"),
            P("Giấy khen của Chủ tịch UBND thành phố: 27 nhà giáo;", "li"),
            P("Giấy khen của Trưởng phòng GD&ĐT: 15 nhà giáo.", "li"),
            P("Phát biểu tại buổi lễ, bà Nguyễn Thị Lan, Phó Chủ tịch UBND thành phố, nhấn mạnh:"),
            P(
                "“Mỗi thầy giáo, cô giáo hôm nay không chỉ truyền thụ kiến thức mà còn là tấm gương "
                "về đạo đức, lối sống, là người truyền cảm hứng học tập suốt đời cho học sinh.”",
                "quote",
            ),
            P(
                "Trong năm học 2025-2026, ngành Giáo dục Bảo Lộc có 212 giáo viên đạt danh hiệu giáo "
                "viên dạy giỏi các cấp, 96 học sinh đạt giải học sinh giỏi cấp tỉnh."
            ),
        ],
        authors=["Phòng GD&ĐT"],
        summary=(
            "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, 47 nhà giáo và cán bộ quản lý giáo dục "
            "thành phố Bảo Lộc được khen thưởng vì có nhiều đóng góp cho sự nghiệp giáo dục."
        ),
        sapo_outside=True,
        opts={"poster": "Phòng GD&ĐT", "old_slug": "khen-thuong-45-nha-giao-tieu-bieu"},
    ),
    Story(
        231,
        "khong-khi-tri-an-ngay-nha-giao-viet-nam-tai-cac-truong-hoc-bao-loc",
        "Không khí tri ân Ngày Nhà giáo Việt Nam tại các trường học Bảo Lộc",
        "tin-tuc",
        "2026-11-20T07:50:00+07:00",
        [
            P(
                "Những ngày này, tại các trường học trên địa bàn thành phố Bảo Lộc, không khí tri ân "
                "thầy cô diễn ra sôi nổi với nhiều hoạt động ý nghĩa."
            ),
            P(
                "Tại Trường THCS Quang Trung, học sinh tổ chức hội thi báo tường, văn nghệ “Lời tri ân "
                "gửi thầy cô”; nhiều chi đội tự tay làm thiệp, cắm hoa tặng giáo viên chủ nhiệm."
            ),
            Img(
                blob("bao-tuong-quang-trung.jpg", 6120),
                "Học sinh Trường THCS Quang Trung bên các tờ báo tường",
                "Học sinh Trường THCS Quang Trung bên các tờ báo tường",
                "trix",
            ),
            P(
                "Các trường mầm non tổ chức cho trẻ hát, múa tặng cô; nhiều phụ huynh cùng con chuẩn bị "
                "những món quà nhỏ tự làm thay vì hoa, quà đắt tiền."
            ),
            Img(
                blob("IMG_20261119_0815.jpg", 6121),
                None,
                None,
                "trix",
            ),
            P(
                "Ngành Giáo dục thành phố cũng tổ chức thăm hỏi, tặng quà 35 nhà giáo lão thành và giáo "
                "viên có hoàn cảnh khó khăn."
            ),
            Raw('<div style="text-align: right;"><em>Nguồn: Báo Lâm Đồng</em></div>'),
        ],
        source="Báo Lâm Đồng",
        opts={"poster": ADMIN, "trix": True},
    ),
    Story(
        229,
        "hoi-thi-giao-vien-day-gioi-cap-thanh-pho-bac-thcs-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp thành phố bậc THCS năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-11-18T08:30:00+07:00",
        [
            P(
                "Từ ngày 10 đến 15/11/2026, Phòng GD&ĐT thành phố Bảo Lộc tổ chức Hội thi giáo viên dạy "
                "giỏi cấp thành phố bậc THCS với 68 giáo viên của 17 trường tham gia."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất lượng "
                "giảng dạy và dạy hai tiết thực hành trên lớp (một tiết do giáo viên tự chọn, một tiết "
                "bốc thăm)."
            ),
            P("Kết quả hội thi:", "h"),
            P("38 giáo viên được công nhận giáo viên dạy giỏi cấp thành phố;", "li"),
            P("12 giáo viên được đề nghị dự thi cấp tỉnh;", "li"),
            P("Trường THCS Lộc Phát và THCS Chu Văn An dẫn đầu toàn đoàn.", "li"),
            Img(
                upl(229, "gvdg-thcs-2026.jpg"),
                "Một tiết dạy thực hành môn Ngữ văn tại hội thi",
                "Một tiết dạy thực hành môn Ngữ văn tại hội thi",
                "em",
            ),
            P(
                "Ban giám khảo đánh giá nhiều tiết dạy đã vận dụng tốt các phương pháp, kỹ thuật dạy "
                "học tích cực, khai thác hiệu quả thiết bị dạy học và học liệu số."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Lê Thị Minh Nguyệt - Chuyên viên '
                "Phòng GD&amp;ĐT</strong></p>"
            ),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        opts={"poster": "Lê Thị Minh Nguyệt"},
    ),
    Story(
        226,
        "thong-bao-cho-hoc-sinh-nghi-hoc-do-mua-lon-nguy-co-sat-lo-dat",
        "Thông báo cho học sinh nghỉ học do mưa lớn, nguy cơ sạt lở đất",
        "thong-bao",
        "2026-11-13T14:00:00+07:00",
        [
            P(
                "Do ảnh hưởng của mưa lớn kéo dài, nhiều tuyến đường trên địa bàn xã Đại Lào, Đam Bri "
                "và phường Lộc Tiến có nguy cơ sạt lở, ngập úng cục bộ."
            ),
            P(
                "Để bảo đảm an toàn cho học sinh, Phòng GD&ĐT thành phố Bảo Lộc thông báo cho học sinh "
                "các trường mầm non, tiểu học, THCS trên địa bàn các xã, phường nêu trên nghỉ học ngày "
                "14/11/2026 (thứ Bảy)."
            ),
            P(
                "Hiệu trưởng các trường thông báo kịp thời đến phụ huynh, học sinh; phân công cán bộ trực, "
                "kiểm tra cơ sở vật chất và báo cáo thiệt hại (nếu có) về Phòng GD&ĐT qua số điện thoại "
                "trực ban 0263 3864 215."
            ),
            P("Thời gian học bù do các trường chủ động sắp xếp, bảo đảm kế hoạch năm học."),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"poster": "Phòng GD&ĐT"},
    ),
    Story(
        222,
        "tap-huan-su-dung-thiet-bi-day-hoc-so-mon-khoa-hoc-tu-nhien",
        "Tập huấn sử dụng thiết bị dạy học số môn Khoa học tự nhiên",
        "hoat-dong-chuyen-mon",
        "2026-11-06T09:15:00+07:00",
        [
            P(
                "Trong hai ngày 04 và 05/11, Phòng GD&ĐT phối hợp với Trung tâm Giáo dục nghề nghiệp - "
                "Giáo dục thường xuyên thành phố tập huấn sử dụng thiết bị dạy học số môn Khoa học tự "
                "nhiên cho 56 giáo viên THCS."
            ),
            P(
                "Giáo viên được hướng dẫn sử dụng bộ cảm biến đo nhiệt độ, pH, cường độ dòng điện kết "
                "nối máy tính bảng; phần mềm thí nghiệm ảo và cách xây dựng kế hoạch bài dạy có sử dụng "
                "thiết bị số."
            ),
            Img(
                blob("tap-huan-khtn-cam-bien.jpg", 7001),
                "Giáo viên thực hành đo pH bằng cảm biến",
                "Giáo viên thực hành đo pH bằng cảm biến",
                "trix",
            ),
            P("Một số lưu ý khi triển khai", "h"),
            P("Thiết bị được giao cho phòng học bộ môn, có sổ theo dõi mượn trả;", "uli"),
            P("Mỗi tổ chuyên môn xây dựng ít nhất 4 bài thí nghiệm có sử dụng cảm biến;", "uli"),
            P("Báo cáo tình hình sử dụng thiết bị về Phòng trước ngày 15/12/2026.", "uli"),
            P(
                "Đợt tập huấn giúp giáo viên tự tin hơn khi tổ chức các hoạt động thực hành, thí nghiệm "
                "cho học sinh."
            ),
            P("Tài liệu tập huấn được đăng tải trên hệ thống LMS của ngành.", "br"),
            Raw('<div style="text-align: right;"><strong>Tin, ảnh: Trần Quốc Việt</strong></div>'),
        ],
        authors=["Trần Quốc Việt"],
        photographers=["Trần Quốc Việt"],
        opts={"poster": "Trần Quốc Việt", "trix": True},
    ),
    Story(
        219,
        "truong-thcs-nguyen-du-to-chuc-ngay-hoi-doc-sach-nam-2026",
        "Trường THCS Nguyễn Du tổ chức Ngày hội đọc sách năm 2026",
        "tin-tuc",
        "2026-10-29T15:40:00+07:00",
        [
            P(
                "Sáng 28/10, Trường THCS Nguyễn Du (phường 2) tổ chức Ngày hội đọc sách với chủ đề "
                "“Sách - Người bạn đồng hành” cho hơn 900 học sinh toàn trường."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động: trưng bày sách theo chủ đề, thi giới thiệu sách, thi vẽ "
                "tranh bìa sách và quyên góp sách tặng thư viện các trường vùng khó khăn."
            ),
            Img(
                upl(219, "ngay-hoi-doc-sach-nguyen-du.jpg"),
                "Học sinh tham quan gian trưng bày sách",
                "Học sinh tham quan gian trưng bày sách",
                "em",
            ),
            P(
                "Kết thúc ngày hội, các chi đội đã quyên góp được 1.250 cuốn sách, truyện các loại. Nhà "
                "trường trao giải cho 12 tập thể và 20 cá nhân đạt giải các hội thi."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Nguyễn Thị Thu Hà. Ảnh: Đoàn trường'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Đoàn trường"],
        opts={"poster": "Nguyễn Thị Thu Hà"},
    ),
    Story(
        215,
        "phat-dong-phong-trao-thi-dua-chao-mung-44-nam-ngay-nha-giao-viet-nam",
        "Phát động phong trào thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam",
        "thi-dua-khen-thuong",
        "2026-10-21T10:05:00+07:00",
        [
            P(
                "Thực hiện kế hoạch của Sở GD&ĐT Lâm Đồng và Công đoàn ngành Giáo dục tỉnh, Phòng GD&ĐT "
                "thành phố Bảo Lộc phát động đợt thi đua cao điểm chào mừng 44 năm Ngày Nhà giáo Việt Nam."
            ),
            P("Nội dung thi đua", "h"),
            P("Thi đua “Dạy tốt - Học tốt”, thực hiện tốt các giờ dạy tốt, tiết dạy mẫu;", "li"),
            P("Thi đua đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin;", "li"),
            P("Xây dựng trường học xanh - sạch - đẹp - an toàn;", "li"),
            P(
                "Thực hiện tốt cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”.",
                "li",
            ),
            P("Thời gian và khen thưởng", "h"),
            P(
                "Đợt thi đua diễn ra từ ngày 20/10 đến 20/11/2026. Kết quả là căn cứ để xét khen thưởng "
                "nhân dịp 20/11 và xét thi đua cuối năm học."
            ),
            P(
                "“Phong trào thi đua phải thiết thực, tránh hình thức, gắn với nhiệm vụ chuyên môn của "
                "từng nhà trường.”",
                "quote",
            ),
            Raw(
                '<p style="text-align: right;"><em>Theo Công đoàn ngành Giáo dục Lâm Đồng</em></p>'
            ),
        ],
        authors=["Phòng GD&ĐT"],
        source="Công đoàn ngành Giáo dục Lâm Đồng",
        opts={"poster": "Phòng GD&ĐT"},
    ),
    Story(
        211,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-phuong-1-phuong-2",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường tiểu học phường 1, phường 2",
        "hoat-dong-chuyen-mon",
        "2026-10-12T08:00:00+07:00",
        [
            P(
                "Ngày 09/10, cụm chuyên môn số 1 gồm 6 trường tiểu học phường 1, phường 2 tổ chức sinh "
                "hoạt chuyên môn theo nghiên cứu bài học tại Trường TH Hà Huy Tập."
            ),
            Img(
                upl(211, "nghien-cuu-bai-hoc-ha-huy-tap.jpg"),
                "Tiết dạy minh họa môn Tiếng Việt lớp 3",
                "Tiết dạy minh họa môn Tiếng Việt lớp 3",
                "fig",
            ),
            P(
                "Tiết dạy minh họa môn Tiếng Việt lớp 3 bài “Ngày hội rừng xanh” do cô Phan Thị Hồng "
                "Nhung thực hiện. Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh thay vì "
                "nhận xét cách dạy của giáo viên."
            ),
            P(
                "Trong phần thảo luận, các thầy cô đã chia sẻ về những khó khăn học sinh gặp phải, "
                "nguyên nhân và đề xuất điều chỉnh thiết kế bài học cho phù hợp."
            ),
            P(
                "Đại diện Phòng GD&ĐT ghi nhận sự chuẩn bị chu đáo của nhà trường và đề nghị duy trì "
                "sinh hoạt cụm ít nhất hai lần mỗi học kỳ."
            ),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"poster": "Phòng GD&ĐT"},
    ),
    Story(
        207,
        "tong-ket-phong-trao-thi-dua-nam-hoc-2025-2026-trao-co-thi-dua-cho-6-tap-the",
        "Tổng kết phong trào thi đua năm học 2025-2026, trao Cờ thi đua cho 6 tập thể",
        "thi-dua-khen-thuong",
        "2026-10-02T16:30:00+07:00",
        [
            P(
                "Tại hội nghị, Phòng GD&ĐT đã đánh giá kết quả thực hiện các phong trào thi đua năm "
                "học 2025-2026: 100% trường học đăng ký và thực hiện tốt các phong trào thi đua; 31/52 "
                "trường đạt danh hiệu tập thể lao động tiên tiến trở lên."
            ),
            Img(
                upl(207, "trao-co-thi-dua-2026.jpg"),
                "Đại diện 6 tập thể nhận Cờ thi đua của UBND tỉnh",
                "Đại diện 6 tập thể nhận Cờ thi đua của UBND tỉnh",
                "em",
            ),
            P(
                "Sáu tập thể được UBND tỉnh Lâm Đồng tặng Cờ thi đua gồm: Trường MN Hoa Sen, Trường "
                "MN Lộc Thanh, Trường TH Lý Tự Trọng, Trường TH Lộc Sơn 2, Trường THCS Lộc Phát và "
                "Trường THCS Chu Văn An."
            ),
            P(
                "Năm học 2026-2027, ngành Giáo dục thành phố tiếp tục phát động phong trào “Đổi mới, "
                "sáng tạo trong dạy và học”, gắn với chuyển đổi số và xây dựng trường học hạnh phúc."
            ),
        ],
        authors=["Phòng GD&ĐT"],
        summary=(
            "Chiều 01/10, Phòng GD&ĐT thành phố Bảo Lộc tổ chức hội nghị tổng kết phong trào thi đua "
            "năm học 2025-2026 và phát động thi đua năm học mới."
        ),
        sapo_outside=True,
        opts={"poster": "Phòng GD&ĐT"},
    ),
    Story(
        203,
        "hoi-nghi-trien-khai-nhiem-vu-giao-duc-mam-non-nam-hoc-2026-2027",
        "Hội nghị triển khai nhiệm vụ giáo dục mầm non năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-09-24T09:00:00+07:00",
        [
            P(
                "Ngày 23/9, Phòng GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục mầm non năm học "
                "2026-2027 cho hiệu trưởng 28 trường mầm non công lập và ngoài công lập."
            ),
            Img(upl(203, "hoi-nghi-mam-non.jpg"), None, None, "none"),
            P(
                "Năm học này, bậc mầm non tập trung thực hiện phổ cập giáo dục mầm non cho trẻ em từ 3 "
                "đến 5 tuổi, nâng cao chất lượng nuôi dưỡng, chăm sóc và bảo đảm an toàn tuyệt đối cho trẻ."
            ),
            P("Các nhiệm vụ trọng tâm:", "h"),
            P("Rà soát, bổ sung đồ dùng, đồ chơi theo danh mục tối thiểu;", "uli"),
            P("Xây dựng môi trường giáo dục lấy trẻ làm trung tâm;", "uli"),
            P("Tăng cường kiểm tra các nhóm trẻ độc lập tư thục.", "uli"),
            P(
                "Hội nghị cũng dành thời gian trao đổi về công tác tuyển dụng giáo viên, chế độ cho giáo "
                "viên mầm non hợp đồng và kế hoạch tổ chức hội thi giáo viên dạy giỏi bậc mầm non."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Mầm non</strong></p>'),
        ],
        authors=["Tổ Mầm non"],
        opts={"poster": ADMIN},
    ),
    Story(
        198,
        "tap-huan-boi-duong-giao-vien-day-tieng-anh-tieu-hoc-theo-chuong-trinh-gdpt-2018",
        "Tập huấn bồi dưỡng giáo viên dạy Tiếng Anh tiểu học theo Chương trình GDPT 2018",
        "hoat-dong-chuyen-mon",
        "2026-09-15T14:20:00+07:00",
        [
            P(
                "Từ ngày 10 đến 12/9/2026, tại Trường TH Lý Tự Trọng, Sở GD&ĐT Lâm Đồng phối hợp với "
                "Phòng GD&ĐT thành phố Bảo Lộc tổ chức lớp tập huấn bồi dưỡng chuyên môn cho 74 giáo "
                "viên dạy Tiếng Anh tiểu học khu vực phía Nam của tỉnh."
            ),
            P("Nội dung tập huấn", "h"),
            P(
                "Giáo viên được cập nhật các phương pháp dạy học phát triển kỹ năng nghe, nói cho học "
                "sinh lớp 3, 4, 5; cách sử dụng tiếng Anh trong lớp học (classroom language) và trò "
                "chơi ngôn ngữ."
            ),
            P(
                "Một nội dung được quan tâm là đánh giá thường xuyên bằng nhận xét, giúp học sinh tự "
                "tin giao tiếp thay vì chỉ làm bài tập ngữ pháp."
            ),
            P("Thực hành và chia sẻ", "h"),
            P(
                "Các học viên chia nhóm thiết kế và dạy thử các hoạt động: kể chuyện bằng tranh, hát và "
                "vận động theo nhạc, dự án nhỏ “My hometown - Bao Loc”."
            ),
            P(
                "Báo cáo viên đánh giá cao tinh thần học tập của giáo viên, nhiều sản phẩm có thể áp "
                "dụng ngay trong năm học mới."
            ),
            P(
                "Kết thúc khóa tập huấn, 100% học viên hoàn thành bài kiểm tra cuối khóa và được cấp "
                "giấy chứng nhận."
            ),
            Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT Sở GD&amp;ĐT Lâm Đồng</em></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        source="Cổng TTĐT Sở GD&ĐT Lâm Đồng",
        opts={"poster": "Nguyễn Thị Thu Hà"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first (the keyset order: published_at DESC, id DESC)
POSTS = sorted(STORIES, key=lambda s: (s.published_at, s.id), reverse=True)


def post_path(story: Story) -> str:
    return f"/posts/{story.id}-{story.slug}"


def alt_paths(story: Story) -> list[str]:
    out = [f"/posts/{story.id}"]
    if story.opts.get("old_slug"):
        out.append(f"/posts/{story.id}-{story.opts['old_slug']}")
    return out


GOLD = [gold_record(s, post_path(s), CATEGORIES[s.cat], alt_paths=alt_paths(s)) for s in STORIES]


def ts_param(value: str) -> str:
    return quote(value, safe="")


def cursor_token(data: dict) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban",
    "/categories/thong-bao",
    "/?before=" + ts_param("2026-11-20T07:50:00+07:00"),
    f"/categories/{CURSOR_CATEGORY}?cursor=" + cursor_token({"id": 203}),
]

# --- small helpers --------------------------------------------------------------------------


def shown_time(story: Story) -> str:
    dt = datetime.fromisoformat(story.published_at)
    return dt.strftime("%d/%m/%Y %H:%M")


def shown_day(story: Story) -> str:
    return datetime.fromisoformat(story.published_at).strftime("%d/%m/%Y")


def excerpt(story: Story, n: int = 160) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "…"


def thumb(story: Story) -> str:
    return f"/uploads/post/cover/{story.id}/thumb_{story.slug[:24]}.jpg"


MOST_READ = [233, 241, 231, 236, 238]

CSS = "/assets/application-3f9c1be07a2d.css"
JS = "/assets/application-8d41e2c5f0b7.js"


def layout(
    request: Request,
    title: str,
    main: str,
    head: str = "",
) -> str:
    base = base_url(request)
    menu = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/categories/{k}">{esc(v)}</a></li>'
        for k, v in CATEGORIES.items()
    )
    most = "".join(
        f'<li class="list-group-item"><a href="/posts/{s.id}-{s.opts.get("old_slug") or s.slug}">'
        f"{esc(s.title)}</a></li>"
        for s in (BY_ID[i] for i in MOST_READ)
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)}</title>
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="uJ3n0qXk2bW8pF1sR7tYc9vQm4Lz6AeH0oKxNwTgD5iPfSaU">
<link rel="alternate" type="application/atom+xml" title="{esc(SITE_TITLE)} - Tin mới" href="{base}/posts.atom">
<link rel="stylesheet" href="{CSS}" data-turbo-track="reload">
<link rel="icon" href="/favicon.ico">
{head}
<script src="{JS}" data-turbo-track="reload" defer></script>
</head>
<body class="bg-light">
<div class="topbar bg-primary text-white small py-1">
  <div class="container d-flex justify-content-between">
    <span class="today"><i class="bi bi-calendar3"></i> {TODAY}</span>
    <span>Đường dây nóng: 0263 3864 215</span>
  </div>
</div>
<header class="site-header bg-white border-bottom">
  <div class="container d-flex align-items-center py-2">
    <a href="/" class="navbar-brand"><img src="/assets/logo-pgd-baoloc-5e1d.png" alt="{esc(SITE_TITLE)}" height="64"></a>
    <div class="ms-3"><div class="fw-bold text-uppercase text-primary">Ủy ban nhân dân thành phố Bảo Lộc</div>
    <div class="h4 mb-0 text-uppercase">Phòng Giáo dục và Đào tạo</div></div>
  </div>
  <nav class="navbar navbar-expand-lg navbar-dark bg-primary">
    <div class="container">
      <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
      <div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto">
        <li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>
        <li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
        {menu}
        <li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li>
        <li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
      </ul></div>
    </div>
  </nav>
</header>
<main class="container my-4"><div class="row">
<div class="col-lg-8">
{main}
</div>
<aside class="col-lg-4 sidebar">
  <div class="card mb-3 widget-most-read"><div class="card-header fw-bold">Đọc nhiều</div>
    <ul class="list-group list-group-flush">{most}</ul></div>
  <div class="card mb-3 widget-counter"><div class="card-header fw-bold">Thống kê truy cập</div>
    <ul class="list-unstyled p-3 mb-0 small">
      <li>Đang online: <strong>23</strong></li>
      <li>Hôm nay: <strong>418</strong></li>
      <li>Tổng truy cập: <strong>1.286.540</strong></li>
    </ul></div>
  <div class="card mb-3 widget-links"><div class="card-header fw-bold">Liên kết website</div>
    <ul class="list-group list-group-flush">
      <li class="list-group-item"><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
      <li class="list-group-item"><a href="https://sgddt.lamdong.gov.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Lâm Đồng</a></li>
      <li class="list-group-item"><a href="https://baoloc.lamdong.gov.vn" target="_blank" rel="noopener">Cổng TTĐT thành phố Bảo Lộc</a></li>
    </ul></div>
  <div class="card mb-3 widget-poll"><div class="card-header fw-bold">Bình chọn</div>
    <form class="p-3" action="/polls/4/votes" method="post" data-turbo="false">
      <input type="hidden" name="authenticity_token" value="Q2x8mZk0aVb1t7RrE9cW3pYfLh6NsUoGdJ4eKiX0MzA">
      <p class="small fw-bold">Bạn đánh giá thế nào về cổng thông tin của Phòng?</p>
      <div class="form-check"><input class="form-check-input" type="radio" name="option_id" value="11" id="o11"><label class="form-check-label" for="o11">Rất hữu ích</label></div>
      <div class="form-check"><input class="form-check-input" type="radio" name="option_id" value="12" id="o12"><label class="form-check-label" for="o12">Hữu ích</label></div>
      <div class="form-check"><input class="form-check-input" type="radio" name="option_id" value="13" id="o13"><label class="form-check-label" for="o13">Cần cải thiện</label></div>
      <button class="btn btn-sm btn-primary mt-2" type="submit">Bình chọn</button>
    </form></div>
</aside>
</div></main>
<footer class="site-footer bg-dark text-white-50 py-4 small">
  <div class="container">
    <p class="fw-bold text-white mb-1">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ BẢO LỘC</p>
    <p class="mb-1">Địa chỉ: Số 14 Hai Bà Trưng, phường 1, thành phố Bảo Lộc, tỉnh Lâm Đồng</p>
    <p class="mb-1">Điện thoại: (0263) 3864 215 - Email: pgddt.baoloc@lamdong.edu.vn</p>
    <p class="mb-1">Chịu trách nhiệm nội dung: Trưởng phòng Phạm Văn Hùng</p>
    <p class="mb-0"><a class="text-white-50" href="/posts?page=2">Lưu trữ bài viết</a> ·
      <a class="text-white-50" href="{base}/posts.atom">RSS/Atom</a> · © 2026 Phòng GD&amp;ĐT Bảo Lộc</p>
  </div>
</footer>
</body>
</html>"""


def breadcrumb(*items: tuple[str, str | None]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
    for label, href in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(lis)}</ol></nav>'


def post_card(story: Story) -> str:
    return f"""<div class="col-12"><div class="card post-card mb-3 border-0 shadow-sm"><div class="row g-0">
  <div class="col-md-4"><a href="{post_path(story)}"><img src="{thumb(story)}" class="img-fluid rounded-start" alt="{esc(story.title)}" loading="lazy"></a></div>
  <div class="col-md-8"><div class="card-body">
    <span class="badge bg-secondary post-card__category">{esc(CATEGORIES[story.cat])}</span>
    <h5 class="card-title mt-1"><a href="{post_path(story)}" class="stretched-link text-decoration-none">{esc(story.title)}</a></h5>
    <p class="card-text text-muted small mb-1"><time datetime="{story.published_at}">{shown_day(story)}</time></p>
    <p class="card-text">{esc(excerpt(story))}</p>
  </div></div>
</div></div></div>"""


def pager_links(base: str, newer: str | None, older: str | None) -> str:
    sep = "&" if "?" in base else "?"
    parts = []
    if newer:
        parts.append(
            f'<a class="btn btn-outline-primary" rel="prev" href="{base}{sep}{newer}">← Mới hơn</a>'
        )
    if older:
        parts.append(
            f'<a class="btn btn-primary ms-auto" rel="next" href="{base}{sep}{older}">Xem cũ hơn →</a>'
        )
    if not parts:
        return ""
    return f'<nav class="keyset-pager d-flex my-3" aria-label="Phân trang">{"".join(parts)}</nav>'


class BadCursor(ValueError):
    pass


def parse_ts(raw: str) -> datetime:
    try:
        # a literal "+" in a query string reads as a space
        return datetime.fromisoformat(raw.replace(" ", "+"))
    except ValueError as exc:
        raise BadCursor(raw) from exc


def parse_token(raw: str) -> dict:
    try:
        data = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise BadCursor(raw) from exc
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        raise BadCursor(raw)
    return data


def key(story: Story) -> datetime:
    return datetime.fromisoformat(story.published_at)


def keyset_window(
    posts: list[Story], params: dict[str, str]
) -> tuple[list[Story], str | None, str | None]:
    """The 5 posts of a ``?before=`` / ``?after=`` page and the newer/older query strings."""
    if "after" in params:
        after = parse_ts(params["after"])
        newer_all = [s for s in posts if key(s) > after]
        chunk = newer_all[-PER_PAGE:]
    elif "before" in params:
        before = parse_ts(params["before"])
        chunk = [s for s in posts if key(s) < before][:PER_PAGE]
    else:
        chunk = posts[:PER_PAGE]
    if not chunk:
        return [], None, None
    has_newer = any(key(s) > key(chunk[0]) for s in posts)
    has_older = any(key(s) < key(chunk[-1]) for s in posts)
    newer = f"after={ts_param(chunk[0].published_at)}" if has_newer else None
    older = f"before={ts_param(chunk[-1].published_at)}" if has_older else None
    return chunk, newer, older


def cursor_window(
    posts: list[Story], params: dict[str, str]
) -> tuple[list[Story], str | None, str | None]:
    """The same for the opaque ``?cursor=`` token (keyset on the id)."""
    if "cursor" in params:
        data = parse_token(params["cursor"])
        if data.get("d") == "prev":
            chunk = [s for s in posts if s.id > data["id"]][-PER_PAGE:]
        else:
            chunk = [s for s in posts if s.id < data["id"]][:PER_PAGE]
    else:
        chunk = posts[:PER_PAGE]
    if not chunk:
        return [], None, None
    has_newer = any(s.id > chunk[0].id for s in posts)
    has_older = any(s.id < chunk[-1].id for s in posts)
    newer = "cursor=" + cursor_token({"id": chunk[0].id, "d": "prev"}) if has_newer else None
    older = "cursor=" + cursor_token({"id": chunk[-1].id}) if has_older else None
    return chunk, newer, older


def invalid_cursor() -> Response:
    return Response(400, b"Invalid cursor", {"Content-Type": "text/plain; charset=utf-8"})


def not_found(request: Request) -> Response:
    main = (
        '<div class="alert alert-warning"><h1 class="h4">Không tìm thấy trang</h1>'
        '<p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p><a href="/">Về trang chủ</a></div>'
    )
    return html(layout(request, f"Không tìm thấy | {SITE_TITLE}", main), status=404)


def list_page(
    request: Request,
    heading: str,
    posts: list[Story],
    base: str,
    crumbs: str,
    cursor: bool = False,
    category: str | None = None,
) -> Response:
    try:
        chunk, newer, older = (cursor_window if cursor else keyset_window)(posts, request.params)
    except BadCursor:
        return invalid_cursor()
    cards = "\n".join(post_card(s) for s in chunk) or (
        '<p class="text-muted">Không còn bài viết nào.</p>'
    )
    next_url = ""
    if older and not cursor:
        cat = f"category={category}&" if category else ""
        next_url = f' data-next-url="/posts.json?{esc(cat)}{esc(older)}"'
    main = (
        crumbs
        + f'<h2 class="section-title h4 border-bottom pb-2">{esc(heading)}</h2>'
        + f'<div id="posts" class="row post-list" data-controller="infinite-scroll"{next_url}>\n'
        + cards
        + "\n</div>"
        + pager_links(base, newer, older)
    )
    return html(layout(request, f"{heading} | {SITE_TITLE}", main))


def home(request: Request) -> Response:
    return list_page(request, "Tin mới", POSTS, "/", "")


def category_page(request: Request, slug: str) -> Response:
    name = CATEGORIES[slug]
    posts = [s for s in POSTS if s.cat == slug]
    return list_page(
        request,
        name,
        posts,
        f"/categories/{slug}",
        breadcrumb((name, None)),
        cursor=slug == CURSOR_CATEGORY,
        category=slug,
    )


def posts_index(request: Request) -> Response:
    if "page" in request.params:
        return invalid_cursor()
    return list_page(
        request, "Tất cả bài viết", POSTS, "/posts", breadcrumb(("Tất cả bài viết", None))
    )


# --- article body ---------------------------------------------------------------------------


def _img_block(img: Img, story: Story) -> str:
    alt = esc(img.caption or story.title)
    if img.style == "trix":
        name = img.src.rsplit("/", 1)[1]
        if img.printed:
            cap = esc(img.printed)
        else:
            cap = (
                f'<span class="attachment__name">{esc(name)}</span> '
                f'<span class="attachment__size">2,4 MB</span>'
            )
        ext = name.rsplit(".", 1)[1]
        return (
            f'<action-text-attachment sgid="BAh7CEkiCGdpZAY6BkVU--{story.id}" content-type="image/jpeg" '
            f'filename="{esc(name)}" presentation="gallery">'
            f'<figure class="attachment attachment--preview attachment--{ext}">'
            f'<img src="{img.src}">'
            f'<figcaption class="attachment__caption">{cap}</figcaption></figure></action-text-attachment>'
        )
    if img.style == "fig":
        return (
            f'<figure class="figure d-block text-center"><img src="{img.src}" class="figure-img img-fluid rounded" '
            f'alt="{alt}"><figcaption class="figure-caption text-center">{esc(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "em":
        return (
            f'<p class="text-center"><img src="{img.src}" class="img-fluid" alt="{alt}"></p>\n'
            f'<p class="text-center"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "center":
        return (
            f'<p style="text-align:center"><img src="{img.src}" alt="" width="720"></p>\n'
            f'<p style="text-align:center">{esc(img.printed or "")}</p>'
        )
    return f'<p><img src="{img.src}" class="img-fluid" alt=""></p>'


def _group(blocks: list) -> list[tuple[str, list]]:
    """Consecutive blocks of one kind (list items, table rows, text lines) grouped."""
    groups: list[tuple[str, list]] = []
    for b in blocks:
        if isinstance(b, P):
            kind = {"li": "ol", "uli": "ul", "head": "table", "row": "table"}.get(
                b.style, b.style or "p"
            )
            if kind == "br" and groups and groups[-1][0] in ("p", "br"):
                groups[-1][1].append(b)
                continue
            if kind in ("ol", "ul", "table") and groups and groups[-1][0] == kind:
                groups[-1][1].append(b)
                continue
            groups.append((kind, [b]))
        else:
            groups.append(("other", [b]))
    return groups


def render_imported(story: Story) -> str:
    out = []
    for kind, items in _group(story.blocks):
        if kind == "other":
            b = items[0]
            out.append(_img_block(b, story) if isinstance(b, Img) else b.html)
        elif kind in ("p", "br"):
            out.append("<p>" + "<br>\n".join(esc(p.text) for p in items) + "</p>")
        elif kind == "h":
            out.append(f"<h3>{esc(items[0].text)}</h3>")
        elif kind == "quote":
            out.append(
                f'<blockquote class="blockquote border-start ps-3"><p>{esc(items[0].text)}</p></blockquote>'
            )
        elif kind in ("ol", "ul"):
            lis = "".join(f"<li>{esc(p.text)}</li>" for p in items)
            out.append(f"<{kind}>{lis}</{kind}>")
        elif kind == "table":
            rows = []
            for p in items:
                tag = "th" if p.style == "head" else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            out.append(
                '<div class="table-responsive"><table class="table table-bordered table-sm">'
                f"<thead>{rows[0]}</thead><tbody>{''.join(rows[1:])}</tbody></table></div>"
            )
    return "\n".join(out)


def render_trix(story: Story) -> str:
    """ActionText/Trix: text paragraphs as <br><br>-separated runs inside one <div>."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append("<div>" + "".join(run) + "</div>")
            run.clear()

    for b in story.blocks:
        if isinstance(b, P) and b.style in ("", "br"):
            if run:
                run.append("<br>" if b.style == "br" else "<br><br>")
            run.append(esc(b.text))
        elif isinstance(b, P) and b.style == "h":
            flush()
            out.append(f"<h1>{esc(b.text)}</h1>")
        elif isinstance(b, P) and b.style in ("uli", "li"):
            flush()
            tag = "ul" if b.style == "uli" else "ol"
            li = f"<li>{esc(b.text)}</li>"
            if out and out[-1].startswith(f"<{tag}>"):
                out[-1] = out[-1][: -len(f"</{tag}>")] + li + f"</{tag}>"
            else:
                out.append(f"<{tag}>{li}</{tag}>")
        elif isinstance(b, Img):
            flush()
            out.append(_img_block(b, story))
        elif isinstance(b, Raw):
            flush()
            out.append(b.html)
    flush()
    return '<div class="trix-content">\n' + "\n".join(out) + "\n</div>"


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat_name = CATEGORIES[story.cat]
    canonical = base + post_path(story)
    body = render_trix(story) if story.opts.get("trix") else render_imported(story)
    lead = f'<p class="lead fw-semibold">{esc(story.summary)}</p>' if story.summary else ""
    related = [s for s in POSTS if s.cat == story.cat and s is not story][:3]
    deck = "".join(
        f'<div class="col-md-4"><div class="card h-100 post-card--related"><img src="{thumb(s)}" class="card-img-top" alt="">'
        f'<div class="card-body"><a class="small fw-semibold" href="{post_path(s)}">{esc(s.title)}</a>'
        f'<div class="text-muted small">{shown_day(s)}</div></div></div></div>'
        for s in related
    )
    short = f"/posts/{story.id}"
    title_short = story.title if len(story.title) < 60 else story.title[:57].rsplit(" ", 1)[0] + "…"
    head = (
        f'<link rel="canonical" href="{canonical}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{canonical}">\n'
        f'<meta property="og:image" content="{base}{thumb(story)}">\n'
        f'<meta property="article:section" content="{esc(cat_name)}">'
    )
    main = f"""{breadcrumb((cat_name, f"/categories/{story.cat}"), (title_short, None))}
<article class="post-show bg-white p-3 p-md-4 rounded shadow-sm" id="post_{story.id}">
  <h1 class="post-title h3 fw-bold">{esc(story.title)}</h1>
  <div class="post-meta text-muted small mb-3">
    <i class="bi bi-clock"></i> <time datetime="{story.published_at}">{shown_time(story)}</time>
    <span class="mx-1">·</span> <i class="bi bi-person"></i> Người đăng: <span class="post-author">{esc(story.opts["poster"])}</span>
    <span class="mx-1">·</span> <i class="bi bi-eye"></i> {story.views()} lượt xem
  </div>
  {lead}
  <div class="post-body">
{body}
  </div>
  <div class="post-tools d-flex gap-2 border-top pt-3 mt-3 small">
    <a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe="")}" target="_blank" rel="noopener">Chia sẻ Facebook</a>
    <a class="btn btn-sm btn-outline-info" href="https://zalo.me/share?u={quote(canonical, safe="")}" target="_blank" rel="noopener">Zalo</a>
    <a class="btn btn-sm btn-outline-secondary" href="javascript:window.print()">In bài</a>
    <a class="btn btn-sm btn-outline-secondary" href="mailto:?subject={quote(story.title)}&amp;body={quote(canonical, safe="")}">Gửi email</a>
    <a class="btn btn-sm btn-link ms-auto short-link" href="{short}" data-controller="clipboard" title="Sao chép liên kết rút gọn">Link rút gọn</a>
  </div>
</article>
<section class="comments mt-4 bg-white p-3 rounded shadow-sm" id="comments">
  <h2 class="h5">Bình luận (0)</h2>
  <p class="text-muted small">Chưa có bình luận nào. Hãy là người đầu tiên bình luận.</p>
  <form action="{post_path(story)}/comments" method="post" class="comment-form">
    <input type="hidden" name="authenticity_token" value="fX2c9LmQ0pVa7eRt1YbK4sWnJ3oHgZu8iE6dTqM5yNw">
    <div class="row g-2"><div class="col-md-6"><input class="form-control" name="comment[author_name]" placeholder="Họ và tên"></div>
    <div class="col-md-6"><input class="form-control" type="email" name="comment[email]" placeholder="Email"></div></div>
    <textarea class="form-control mt-2" name="comment[body]" rows="3" placeholder="Nội dung bình luận"></textarea>
    <button class="btn btn-primary btn-sm mt-2" type="submit">Gửi bình luận</button>
  </form>
</section>
<section class="related mt-4">
  <h2 class="h5 border-bottom pb-2">Bài viết liên quan</h2>
  <div class="row g-3">{deck}</div>
</section>"""
    return html(layout(request, f"{story.title} | {SITE_TITLE}", main, head))


# --- static pages, feeds --------------------------------------------------------------------


def static_page(request: Request, title: str, inner: str) -> Response:
    main = (
        breadcrumb((title, None))
        + f'<div class="page-show bg-white p-4 rounded shadow-sm"><h1 class="h3">{esc(title)}</h1>{inner}</div>'
    )
    return html(layout(request, f"{title} | {SITE_TITLE}", main))


GIOI_THIEU = """
<p>Phòng Giáo dục và Đào tạo thành phố Bảo Lộc là cơ quan chuyên môn thuộc UBND thành phố, tham
mưu, giúp UBND thành phố thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>
<h3>Cơ cấu tổ chức</h3>
<ul><li>Trưởng phòng: Phạm Văn Hùng</li><li>Phó Trưởng phòng: Nguyễn Thị Lệ Thủy</li>
<li>Phó Trưởng phòng: Đặng Minh Tâm</li><li>Các tổ: Tổ Văn phòng, Tổ Mầm non, Tổ Tiểu học, Tổ THCS</li></ul>
<p>Toàn thành phố hiện có 52 trường mầm non, tiểu học và THCS công lập với hơn 31.000 học sinh.</p>
"""

LIEN_HE = """
<p>Địa chỉ: Số 14 Hai Bà Trưng, phường 1, thành phố Bảo Lộc, tỉnh Lâm Đồng</p>
<p>Điện thoại: (0263) 3864 215 · Email: pgddt.baoloc@lamdong.edu.vn</p>
<form action="/lien-he" method="post" class="contact-form">
  <input type="hidden" name="authenticity_token" value="Zk7uP0vR3mXq9cYbW1eS5tLhA8nJ2oGd4iF6KyTzQwE">
  <input class="form-control mb-2" name="contact[name]" placeholder="Họ và tên">
  <input class="form-control mb-2" name="contact[email]" type="email" placeholder="Email">
  <textarea class="form-control mb-2" name="contact[message]" rows="4" placeholder="Nội dung"></textarea>
  <button class="btn btn-primary" type="submit">Gửi liên hệ</button>
</form>
"""

DOCUMENTS = [
    (
        "1587/PGDĐT-CM",
        "25/11/2026",
        "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026-2027",
        "cv-1587-kiem-tra-hk1.pdf",
    ),
    (
        "1542/KH-PGDĐT",
        "10/11/2026",
        "Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam",
        "kh-1542-20-11.pdf",
    ),
    (
        "1498/PGDĐT-VP",
        "02/11/2026",
        "V/v báo cáo số liệu đầu năm học 2026-2027",
        "cv-1498-so-lieu.pdf",
    ),
    (
        "1311/QĐ-PGDĐT",
        "05/09/2026",
        "Quyết định thành lập Ban giám khảo Hội thi GVDG bậc THCS",
        "qd-1311-bgk.pdf",
    ),
]


def van_ban_page(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{esc(no)}</td><td>{day}</td><td>{esc(title)}</td>"
        f'<td><a href="/uploads/documents/{f}">Tải về</a></td></tr>'
        for no, day, title, f in DOCUMENTS
    )
    inner = (
        '<table class="table table-striped documents"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return static_page(request, "Văn bản chỉ đạo điều hành", inner)


def posts_json(request: Request) -> Response:
    params = request.params
    cat = params.get("category")
    if cat is not None and cat not in CATEGORIES:
        return Response(404, b'{"error":"not found"}', {"Content-Type": "application/json"})
    posts = [s for s in POSTS if cat is None or s.cat == cat]
    try:
        chunk, _, older = keyset_window(posts, params)
    except BadCursor:
        return Response(400, b'{"error":"Invalid cursor"}', {"Content-Type": "application/json"})
    data = {
        "posts": [
            {
                "id": s.id,
                "title": s.title,
                "url": post_path(s),
                "published_at": s.published_at,
                "thumbnail": thumb(s),
                "excerpt": excerpt(s),
            }
            for s in chunk
        ],
        "next_url": (
            f"/posts.json?{'category=' + cat + '&' if cat else ''}{older}" if older else None
        ),
    }
    return Response(
        200,
        json.dumps(data, ensure_ascii=False),
        {"Content-Type": "application/json; charset=utf-8"},
    )


def atom(request: Request) -> Response:
    base = base_url(request)
    entries = "".join(
        f"""<entry>
<id>tag:pgddt-baoloc.edu.vn,2005:Post/{s.id}</id>
<published>{s.published_at}</published>
<updated>{s.published_at}</updated>
<link rel="alternate" type="text/html" href="{base}{post_path(s)}"/>
<title>{esc(s.title)}</title>
<content type="html">{esc(esc(excerpt(s)))}</content>
<author><name>{esc(s.opts["poster"])}</name></author>
</entry>
"""
        for s in POSTS[:FEED_SIZE]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="vi" xmlns="http://www.w3.org/2005/Atom">
<id>tag:pgddt-baoloc.edu.vn,2005:/posts</id>
<link rel="alternate" type="text/html" href="{base}/"/>
<link rel="self" type="application/atom+xml" href="{base}/posts.atom"/>
<title>{esc(SITE_TITLE)}</title>
<updated>{POSTS[0].published_at}</updated>
{entries}</feed>
"""
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


POST_RE = re.compile(r"/posts/(\d+)(?:-[a-z0-9-]+)?")
CATEGORY_RE = re.compile(r"/categories/([a-z0-9-]+)")


class RailsSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if (
            path.startswith(("/assets/", "/uploads/post/", "/rails/active_storage/"))
            or path == "/favicon.ico"
        ):
            return static_file(path)
        if path.startswith("/uploads/documents/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if request.method == "POST":
            if path == "/lien-he" or path.startswith(("/polls/", "/posts/")):
                return Response(
                    422,
                    "Phiên làm việc hết hạn, vui lòng tải lại trang.",
                    {"Content-Type": "text/plain; charset=utf-8"},
                )
            return None
        if path == "/":
            return home(request)
        if path == "/posts":
            return posts_index(request)
        if path == "/posts.json":
            return posts_json(request)
        if path == "/posts.atom":
            return atom(request)
        if m := POST_RE.fullmatch(path):
            story = BY_ID.get(int(m.group(1)))
            return post_page(request, story) if story else not_found(request)
        if (m := CATEGORY_RE.fullmatch(path)) and m.group(1) in CATEGORIES:
            return category_page(request, m.group(1))
        if path == "/gioi-thieu":
            return static_page(request, "Giới thiệu", GIOI_THIEU)
        if path == "/lien-he":
            return static_page(request, "Liên hệ", LIEN_HE)
        if path == "/van-ban":
            return van_ban_page(request)
        return not_found(request)


def build_site() -> RailsSite:
    return RailsSite()
