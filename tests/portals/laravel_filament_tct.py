"""Fixture portal: Trường Chính trị tỉnh Lâm Đồng on a home-made Laravel 11 + Livewire 3 + Filament 3 site.

Platform
--------
A local developer's Laravel 11 application: Blade layouts, Livewire 3 components for every list
(news lists, the "Tin mới" box, the poll, the contact form, the work calendar), a Filament 3
admin under ``/admin`` where the school's editors write. Filament's ``RichEditor`` is Trix, so
news written in it comes out as Trix markup (``<div>`` blocks whose paragraphs are separated by
``<br><br>``, ``<figure data-trix-attachment=…>`` images with a ``figcaption`` that shows the
file name and size when nobody typed a caption). Posts typed in Word by the training office and
the lecturers go through a second field (a TinyMCE plugin for Filament) that keeps Word's
``MsoNormal`` paragraphs, ``mso-list:Ignore`` markers, footnotes and, for one imported post,
TinyMCE's entity encoding. Absolute URLs (canonical, og:url, Trix attachment URLs, rel=next) are
built from the request's host, as ``url()`` does with a right ``APP_URL``.

URL scheme
----------
- ``/`` home: Alpine slider of featured posts (links ``/bai-viet/<slug>?ref=slider``), the
  Livewire "Tin mới" box (latest 5, "Xem thêm" is a ``wire:click`` button), a
  "Nghiên cứu - Trao đổi" box (latest 2), sidebars.
- ``/chuyen-muc/<slug>`` category listing, a Livewire component, 4 posts a page, ``?page=N``
  (Livewire's ``#[Url]`` paginator: the server renders any page asked for; pages past the last
  answer 200 with "Chưa có bài viết"). The parent ``tin-tuc-su-kien`` lists both its children.
- ``/bai-viet/<slug>`` article (route-model binding by slug; any query string is ignored, so
  ``?ref=…`` serves the same page); ``/bai-viet/<slug>?print=1`` print layout.
- ``/gioi-thieu/<slug>`` static pages (Filament "Trang" model) printed with the article layout.
- ``/van-ban`` documents list, ``/van-ban/<slug>`` document entry (PDF under ``/storage/van-ban``).
- ``/thu-vien-anh`` and ``/thu-vien-anh/<slug>`` albums; ``/video`` and ``/video/<slug>``.
- ``/lich-cong-tac`` weekly calendar (Livewire: previous/next week are buttons, no links).
- ``/lien-he`` contact page (Livewire form), ``/tim-kiem?tu-khoa=…`` search (tag links go there).
- ``/sitemap.xml`` (spatie/laravel-sitemap, generated once on 2026-10-22 and never again),
  ``/robots.txt``; ``/admin`` -> 302 ``/admin/login`` (Filament's login page).
- any path with a trailing slash -> 301 to the path without it (Laravel's ``.htaccess``).

Page templates
--------------
Layout ``layouts.app``: top bar with today's date "Thứ Bảy, 05/12/2026" and a search form, a
banner, a menu with drop-downs (``x-data`` Alpine), a ``<marquee>`` notice line, breadcrumbs,
a right column (Thông báo box, Đọc nhiều, banners, link select, Livewire poll, visitor
counter) and a footer. Article template ``posts.show``: ``h1.bv-tieude``, a meta line
(``<time datetime>`` in UTC, "Người đăng: <Filament account>", optional "Tác giả: …", views),
a tool bar (text size, print, share), the optional sapo ``div.bv-tomtat``, the body
``div.bv-noidung``, an optional "Cập nhật lần cuối" line, tags, attachments and the
"Các tin mới hơn" list (the 3 next newer posts of the category, else the latest posts).

How each gold article is reached
--------------------------------
(#n = n-th entry of ``STORIES``, newest first.) Home (slider, Tin mới, Nghiên cứu box, the
Thông báo box and marquee, Đọc nhiều) reaches #1–#8 and #11; page 1 of the category listings
reaches #9, #10 and #12 (#12 also from #10's "Xem thêm" line and from the sitemap). #13, the
oldest post of "Hoạt động của Trường", is only on page 2 of ``/chuyen-muc/hoat-dong-cua-truong``
and of ``/chuyen-muc/tin-tuc-su-kien``: the pager is ``wire:click="gotoPage(2, 'page')"``
buttons, and the only ``href`` to page 2 is ``<link rel="next">`` in the head. The "Các tin mới
hơn" box under an article lists only newer posts, so it never leads to #13.

Traps
-----
1. Livewire pagination: the pager is ``<button wire:click="gotoPage(2, 'page')">`` /
   ``nextPage('page')`` with no ``href``; ``?page=N`` works and the head carries
   ``<link rel="next">``. Gold: #13 exists only on the page 2s and must be found.
2. Stale sitemap: it lists one live post (#12) with a ``lastmod`` that is its last edit
   (2026-10-21T02:10:44+00:00), and a post deleted in Filament (``/bai-viet/le-ky-niem-…`` ->
   404). Gold: the 404 is nothing; #12's date is the page's 2026-10-20T14:00.
3. UTC machine dates: ``<time datetime>`` and ``article:published_time`` print Carbon's UTC
   JSON (``2026-12-01T23:15:00.000000Z``) while the page shows local time. Gold: the local
   time with +07:00; #2 is "2026-12-02T06:15:00+07:00" although the UTC stamp says Dec 1.
   Filament's date-only picker gives "00:00" (#8, #11): gold is the day alone.
4. Dates that are not publication dates: the header's "Thứ Bảy, 05/12/2026" is written like
   the article's "Thứ Năm, 03/12/2026 - 14:30"; listings print Carbon's relative "3 ngày trước";
   "Cập nhật lần cuối: …" (#5, #13). Gold: the meta line's publication time.
5. Bylines: the meta line prints the Filament account ("Người đăng: bbt_tct", "quantri") which
   is nobody; "Tác giả: ThS. Nguyễn Đức Thịnh" in the meta line (#5) is the author; Trix posts
   sign inside the last ``<div>`` after ``<br><br>`` ("Tin, ảnh: Phòng Quản lý đào tạo",
   "Tin: Lê Minh Trang - Ảnh: Hoàng Quốc Huy"); Word posts sign right-aligned with degree and
   post ("ThS. Đỗ Thị Mai Phương" + "Khoa Xây dựng Đảng"); "BBT" signs #6 (nobody).
6. Trix captions: an image nobody captioned prints Trix's default ``figcaption`` with the file
   name and size ("IMG_20261203_091522.jpg 2.41 MB"): caption None; an edited caption
   (``attachment__caption--edited``) is the caption, its parentheses taken off. Word posts
   print the caption as the next centred italic paragraph or in an image table; "Ảnh: Hoàng
   Quốc Huy" alone credits the photographer (caption None, photographer listed).
7. Trix paragraphs: one ``<div>`` holds several paragraphs split by ``<br><br>``, the byline
   and the figures; headings are Trix's ``<h1>`` inside the body (not the title).
8. Official notice (#3): letterhead table "TỈNH ỦY LÂM ĐỒNG / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN
   VIỆT NAM", "Số: 245-TB/TCT", "Lâm Đồng, ngày 30 tháng 11 năm 2026", "THÔNG BÁO" + subject, a
   schedule table (body rows), "Nơi nhận" + signer table, then a "File đính kèm" line. Gold: date
   2026-11-30 (posted 01/12 09:12), author "Trần Văn Phúc", schedule rows as "a | b | c | d".
9. Word markup: ``mso-list:Ignore`` markers ("-", "·") are no text; typed "- " stays; footnote
   calls "[1]" stay glued to their sentence and the footnote entries are body (#7); #11 is
   stored entity-encoded (``&agrave;``, ``&#7883;``).
10. Duplicates: ``?print=1`` (linked from the tool bar as ``href="?print=1"``), the slider's
    ``?ref=slider``; #9 is filed under two categories (listed in "Đào tạo - Bồi dưỡng" too) but
    its breadcrumb says "Hoạt động của Trường". Gold: one record each, alt_paths list the others.
11. Pages that look like articles: ``/gioi-thieu/*`` use the article layout with a date and
    photos; the album page has dated captions; the document entry has a date and a summary
    ("Trích yếu"); the contact page; the work calendar. None is an article.
12. Listings cut titles with ``Str::limit(…, 70)`` ("…"); the chrome repeats the notice title in
    a marquee on every page. Gold titles are the ``h1``.

Gold decisions on ambiguous points
----------------------------------
- The featured image (``og:image``, listing thumbnails) is not printed on the article page:
  images are only the body's figures.
- "Ảnh: X" under a photo with no other words: caption None and X among the photographers.
- #3's body starts at "Căn cứ …" and ends at "… thông báo này./."; the schedule table's header
  row is a paragraph like the others.
- #7's footnote entries ("[1] Hồ Chí Minh: Toàn tập…") are body paragraphs after the text;
  its byline (name, then the faculty on the next line) is not.
- #10 ends with "Theo Cổng TTĐT tỉnh Lâm Đồng": source "Cổng TTĐT tỉnh Lâm Đồng". #4's
  "Theo kế hoạch, …" sentence is text.
- Summary: #1, #5, #9, #13 print ``div.bv-tomtat``; #2 and #7 open with a bold paragraph; the
  others have only a meta description (summary None).
- The print view's footer "In từ: <url>" is not a source.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "laravel_filament_tct"
PLATFORM = "Laravel 11 + Livewire 3 + Filament 3 (custom build)"
START_PATH = "/"

SCHOOL = "Trường Chính trị tỉnh Lâm Đồng"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
_NOW = datetime(2026, 12, 5, 10, 0)
PER_PAGE = 4
_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

# slug -> (label, parent slug or None)
CATEGORIES: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-cua-truong": ("Hoạt động của Trường", "tin-tuc-su-kien"),
    "tin-trong-tinh": ("Tin trong tỉnh", "tin-tuc-su-kien"),
    "dao-tao-boi-duong": ("Đào tạo - Bồi dưỡng", None),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", None),
    "cong-doan-doan-thanh-nien": ("Công đoàn - Đoàn thanh niên", None),
    "thong-bao": ("Thông báo", None),
}


def _h(seed: str, n: int = 40) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def _trix_src(seed: str) -> str:
    """Filament stores RichEditor attachments under a random 40-character name."""
    return f"/storage/bai-viet/{_h(seed)}.jpg"


# ---------------------------------------------------------------------------------------------
# the 13 articles
# ---------------------------------------------------------------------------------------------

S1 = Story(
    id=152,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-k12-tai-co-so-2",
    title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung K12 tại Cơ sở 2",
    cat="dao-tao-boi-duong",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Chiều ngày 03/12/2026, tại Cơ sở 2 (phường 1 Bảo Lộc), Trường Chính trị tỉnh Lâm Đồng tổ chức "
        "Lễ khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung K12 cho 86 học viên là cán bộ, "
        "công chức các xã, phường khu vực phía Nam của tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự lễ khai giảng có đồng chí TS. Phạm Thị Thu Hiền, Phó Hiệu trưởng Trường Chính trị tỉnh; lãnh đạo "
            "Phòng Quản lý đào tạo, các khoa chuyên môn và đại diện Đảng ủy các xã, phường có học viên tham gia lớp học."
        ),
        Img(
            _trix_src("s1-a"),
            "Đồng chí Phạm Thị Thu Hiền, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học",
            "Đồng chí Phạm Thị Thu Hiền, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học",
            "trix",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: chương trình Trung cấp lý luận chính trị "
            "gồm 4 phần học với tổng thời lượng 1.000 tiết, được tổ chức trong 12 tháng, mỗi tháng học tập trung "
            "10 ngày tại Cơ sở 2 của Trường."
        ),
        P("Yêu cầu đối với học viên", "h"),
        P("Chấp hành nghiêm quy chế học tập, nội quy của Trường và của lớp;", "li"),
        P("Tích cực nghiên cứu tài liệu, liên hệ thực tiễn địa phương, cơ quan, đơn vị;", "li"),
        P("Tham gia đầy đủ các buổi nghiên cứu thực tế và hoàn thành khóa luận tốt nghiệp đúng thời hạn.", "li"),
        P(
            "Thay mặt học viên, đồng chí Nguyễn Văn Tâm, lớp trưởng, hứa quyết tâm học tập, rèn luyện, hoàn thành "
            "tốt nhiệm vụ học tập và vận dụng kiến thức vào công việc thực tế tại địa phương."
        ),
        Img(_trix_src("s1-b"), "IMG_20261203_091522.jpg 2.41 MB", None, "trix-name"),
        Raw("<strong>Tin, ảnh: Phòng Quản lý đào tạo</strong>"),
    ],
    authors=["Phòng Quản lý đào tạo"],
    photographers=["Phòng Quản lý đào tạo"],
    opts={"editor": "trix", "local": "2026-12-03 14:30", "poster": "bbt_tct", "featured": True,
          "tags": ["đào tạo"]},
)

S2 = Story(
    id=151,
    slug="truong-chinh-tri-tinh-to-chuc-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
    cat="hoat-dong-cua-truong",
    published_at="2026-12-02T06:15:00+07:00",
    summary=(
        "Từ ngày 24 đến 28/11/2026, Trường Chính trị tỉnh Lâm Đồng tổ chức Hội thi giảng viên dạy giỏi cấp "
        "Trường năm 2026 với sự tham gia của 18 giảng viên đến từ 4 khoa chuyên môn."
    ),
    blocks=[
        P(
            "Từ ngày 24 đến 28/11/2026, Trường Chính trị tỉnh Lâm Đồng tổ chức Hội thi giảng viên dạy giỏi cấp "
            "Trường năm 2026 với sự tham gia của 18 giảng viên đến từ 4 khoa chuyên môn.",
            "b",
        ),
        P(
            "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng viên; đồng "
            "thời là dịp để giảng viên trao đổi, học hỏi kinh nghiệm, đổi mới phương pháp giảng dạy lý luận chính "
            "trị theo hướng phát huy tính tích cực, chủ động của người học."
        ),
        Img(
            _trix_src("s2-a"),
            "Giảng viên Khoa Xây dựng Đảng thể hiện bài giảng tại Hội thi",
            "Giảng viên Khoa Xây dựng Đảng thể hiện bài giảng tại Hội thi",
            "trix",
        ),
        P(
            "Mỗi giảng viên dự thi thực hiện 01 bài giảng trên lớp thời lượng 90 phút và nộp hồ sơ bài giảng gồm "
            "đề cương, kế hoạch bài giảng và bài giảng điện tử. Ban Giám khảo gồm các đồng chí trong Ban Giám hiệu, "
            "trưởng các khoa và giảng viên chính có nhiều kinh nghiệm."
        ),
        Img(_trix_src("s2-b"), "DSC_0456.JPG 3.1 MB", None, "trix-name"),
        P(
            "Kết quả, Ban Tổ chức đã trao 03 giải Nhất, 05 giải Nhì, 06 giải Ba và 04 giải Khuyến khích. Những "
            "giảng viên đạt giải Nhất sẽ được lựa chọn tham gia Hội thi giảng viên dạy giỏi các trường chính trị "
            "toàn quốc năm 2027."
        ),
        Img(
            _trix_src("s2-c"),
            "(Ban Tổ chức trao giải Nhất cho các giảng viên)",
            "Ban Tổ chức trao giải Nhất cho các giảng viên",
            "trix",
        ),
        Raw("<em>Tin: Lê Minh Trang - Ảnh: Hoàng Quốc Huy</em>"),
    ],
    authors=["Lê Minh Trang"],
    photographers=["Hoàng Quốc Huy"],
    opts={"editor": "trix", "local": "2026-12-02 06:15", "poster": "bbt_tct", "featured": True},
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">'
    "<p>TỈNH ỦY LÂM ĐỒNG<br><strong>TRƯỜNG CHÍNH TRỊ</strong><br>*</p>"
    "<p>Số: 245-TB/TCT</p></td>"
    '<td style="text-align: center; vertical-align: top;">'
    "<p><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></p>"
    "<p><em>Lâm Đồng, ngày 30 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Lịch thi kết thúc học phần Phần IV lớp Trung cấp lý luận chính trị K11 (hệ tập trung)</strong></p>"
    '<p style="text-align: center;">-----</p>'
)
_CLOSING = (
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br>'
    "- Ban Giám hiệu,<br>- Các khoa, phòng,<br>- Ban cán sự lớp TC K11,<br>- Lưu VT, QLĐT.</p></td>"
    '<td style="text-align: center; vertical-align: top;"><p><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong></p>'
    "<p><em>(đã ký)</em></p><p><strong>Trần Văn Phúc</strong></p></td>"
    "</tr></tbody></table>"
)

S3 = Story(
    id=150,
    slug="thong-bao-lich-thi-ket-thuc-hoc-phan-lop-trung-cap-ly-luan-chinh-tri-k11-he-tap-trung",
    title="Thông báo lịch thi kết thúc học phần lớp Trung cấp lý luận chính trị K11 (hệ tập trung)",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch đào tạo lớp Trung cấp lý luận chính trị K11 (hệ tập trung) năm 2026 của Trường Chính trị tỉnh;"),
        P(
            "Trường Chính trị tỉnh thông báo lịch thi kết thúc học phần Phần IV “Những vấn đề cơ bản về hệ thống "
            "chính trị, nhà nước và pháp luật” như sau:"
        ),
        P("Ngày thi | Môn thi | Hình thức | Địa điểm", "tr"),
        P("08/12/2026 | Hệ thống chính trị ở Việt Nam | Viết | Hội trường B", "tr"),
        P("10/12/2026 | Quản lý hành chính nhà nước | Viết | Hội trường B", "tr"),
        P("11/12/2026 | Pháp luật đại cương | Trắc nghiệm | Phòng máy 2", "tr"),
        P("- Thời gian: buổi sáng bắt đầu lúc 07 giờ 30 phút.", "plain"),
        P("- Học viên có mặt tại phòng thi trước 15 phút, mang theo thẻ học viên hoặc căn cước.", "plain"),
        P(
            "Đề nghị Phòng Quản lý đào tạo, các khoa chuyên môn và Ban cán sự lớp triển khai thực hiện nghiêm túc "
            "thông báo này./.",
            "plain",
        ),
        Raw(_CLOSING),
    ],
    authors=["Trần Văn Phúc"],
    opts={"editor": "mce", "local": "2026-12-01 09:12", "poster": "qldt.tct",
          "attach": ("245-TB-TCT.pdf", "/storage/files/2026/12/245-TB-TCT.pdf")},
)

S4 = Story(
    id=149,
    slug="hon-2400-can-bo-dang-vien-duoc-boi-duong-ly-luan-chinh-tri-trong-nam-2026",
    title="Hơn 2.400 cán bộ, đảng viên được bồi dưỡng lý luận chính trị trong năm 2026",
    cat="tin-trong-tinh",
    published_at="2026-11-28T10:05:00+07:00",
    blocks=[
        P(
            "Năm 2026, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh và các đảng ủy trực "
            "thuộc tổ chức 64 lớp bồi dưỡng lý luận chính trị, nghiệp vụ cho hơn 2.400 lượt cán bộ, đảng viên."
        ),
        P(
            "Nội dung bồi dưỡng tập trung vào việc quán triệt các nghị quyết, chỉ thị của Trung ương, của Tỉnh ủy; "
            "kỹ năng lãnh đạo, quản lý của cán bộ cấp xã sau khi thực hiện mô hình chính quyền địa phương hai cấp."
        ),
        Img(
            _trix_src("s4-a"),
            "Lớp bồi dưỡng cán bộ cấp xã tổ chức tại Trường Chính trị tỉnh",
            "Lớp bồi dưỡng cán bộ cấp xã tổ chức tại Trường Chính trị tỉnh",
            "trix",
        ),
        P(
            "Theo kế hoạch, trong năm 2027 tỉnh sẽ tiếp tục mở 70 lớp bồi dưỡng, chú trọng đối tượng cán bộ trẻ, "
            "cán bộ nữ, cán bộ người dân tộc thiểu số và đảng viên mới kết nạp."
        ),
        Raw("Nguồn: Báo Lâm Đồng"),
    ],
    source="Báo Lâm Đồng",
    opts={"editor": "trix", "local": "2026-11-28 10:05", "poster": "bbt_tct"},
)

S5 = Story(
    id=147,
    slug="dang-bo-truong-chinh-tri-tinh-quan-triet-trien-khai-nghi-quyet-dai-hoi-dang-bo-tinh",
    title="Đảng bộ Trường Chính trị tỉnh quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I",
    cat="hoat-dong-cua-truong",
    published_at="2026-11-27T15:45:00+07:00",
    summary=(
        "Chiều 27/11, Đảng bộ Trường Chính trị tỉnh tổ chức hội nghị học tập, quán triệt và triển khai thực hiện "
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030 cho toàn thể cán bộ, đảng viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại hội nghị, đồng chí Bí thư Đảng ủy, Hiệu trưởng nhà trường đã truyền đạt những nội dung cơ bản, "
            "cốt lõi của Nghị quyết; phân tích các chỉ tiêu, nhiệm vụ trọng tâm và ba khâu đột phá của tỉnh trong "
            "nhiệm kỳ mới."
        ),
        Img(
            _trix_src("s5-a"),
            "Quang cảnh hội nghị quán triệt Nghị quyết",
            "Quang cảnh hội nghị quán triệt Nghị quyết",
            "trix",
        ),
        P(
            "Đảng ủy yêu cầu các chi bộ xây dựng chương trình hành động cụ thể, gắn việc thực hiện Nghị quyết với "
            "nhiệm vụ chính trị của nhà trường là đào tạo, bồi dưỡng cán bộ, công chức, viên chức của tỉnh."
        ),
        P(
            "Mỗi giảng viên cần chủ động cập nhật nội dung Nghị quyết vào bài giảng, nhất là các chuyên đề về "
            "phát triển kinh tế - xã hội, xây dựng Đảng và hệ thống chính trị ở địa phương."
        ),
    ],
    authors=["Nguyễn Đức Thịnh"],
    opts={"editor": "trix", "local": "2026-11-27 15:45", "poster": "quantri", "author_field": "ThS. Nguyễn Đức Thịnh",
          "featured": True, "updated": "29/11/2026 08:02", "tags": ["nghị quyết"]},
)

S6 = Story(
    id=146,
    slug="cong-doan-truong-to-chuc-hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Công đoàn Trường tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11 🎉",
    cat="cong-doan-doan-thanh-nien",
    published_at="2026-11-20T19:20:00+07:00",
    blocks=[
        P(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), Công đoàn cơ sở Trường "
            "Chính trị tỉnh tổ chức Hội thao dành cho cán bộ, giảng viên, người lao động trong toàn trường."
        ),
        P(
            "Hội thao gồm các nội dung: kéo co, bóng chuyền hơi, cầu lông và chạy tiếp sức, thu hút gần 90 đoàn "
            "viên tham gia với tinh thần đoàn kết, vui tươi 💪."
        ),
        Img(
            _trix_src("s6-a"),
            "(Các vận động viên tham gia nội dung kéo co)",
            "Các vận động viên tham gia nội dung kéo co",
            "trix",
        ),
        P("👉 Kết quả: Khoa Lý luận cơ sở đạt giải Nhất toàn đoàn, Phòng Quản lý đào tạo đạt giải Nhì."),
        Img(_trix_src("s6-b"), "z6093812345678_9f3c1a7e0b.jpg 845.2 KB", None, "trix-name"),
        Raw("<strong>BBT</strong>"),
    ],
    opts={"editor": "trix", "local": "2026-11-20 19:20", "poster": "bbt_tct"},
)

S7 = Story(
    id=143,
    slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-cap-xa",
    title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cấp xã hiện nay",
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-18T08:00:00+07:00",
    summary=(
        "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để các trường chính "
        "trị đổi mới nội dung, phương pháp đào tạo, bồi dưỡng đội ngũ cán bộ cấp xã trong bối cảnh vận hành "
        "chính quyền địa phương hai cấp."
    ),
    blocks=[
        P(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để các trường chính "
            "trị đổi mới nội dung, phương pháp đào tạo, bồi dưỡng đội ngũ cán bộ cấp xã trong bối cảnh vận hành "
            "chính quyền địa phương hai cấp.",
            "b",
        ),
        P("1. Tư tưởng Hồ Chí Minh về cán bộ", "h"),
        P(
            "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”[1]. Người chỉ rõ, muốn việc "
            "thành công hoặc thất bại đều do cán bộ tốt hoặc kém, vì vậy “huấn luyện cán bộ là công việc gốc của Đảng”[2]."
        ),
        P(
            "Theo Người, cán bộ phải vừa có đức vừa có tài, trong đó đức là gốc; phải gắn bó mật thiết với nhân "
            "dân, nói đi đôi với làm, thường xuyên tự phê bình và phê bình."
        ),
        P("2. Vận dụng vào đào tạo, bồi dưỡng cán bộ cấp xã", "h"),
        P(
            "Một là, đổi mới nội dung chương trình theo hướng gắn lý luận với thực tiễn cơ sở, tăng thời lượng "
            "cho các chuyên đề kỹ năng xử lý tình huống, dân vận và chuyển đổi số."
        ),
        P(
            "Hai là, đổi mới phương pháp giảng dạy, lấy người học làm trung tâm; tăng cường nghiên cứu thực tế, "
            "viết tiểu luận về chính địa phương nơi học viên công tác."
        ),
        P(
            "Ba là, nâng cao chất lượng đội ngũ giảng viên, bảo đảm mỗi giảng viên vừa vững lý luận vừa am hiểu "
            "thực tiễn, đáp ứng yêu cầu “vừa hồng vừa chuyên”."
        ),
        Raw(
            '<p style="text-align: right;"><strong><span style="font-size: 14.0pt;">ThS. Đỗ Thị Mai Phương</span>'
            '</strong></p><p style="text-align: right;"><em>Khoa Xây dựng Đảng</em></p>'
        ),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "fn"),
        P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.309.", "fn"),
    ],
    authors=["Đỗ Thị Mai Phương"],
    opts={"editor": "mce", "local": "2026-11-18 08:00", "poster": "quantri", "mso": True, "fn": True},
)

S8 = Story(
    id=141,
    slug="be-giang-lop-boi-duong-cap-nhat-kien-thuc-cho-can-bo-cong-chuc-cap-xa",
    title="Bế giảng lớp bồi dưỡng cập nhật kiến thức cho cán bộ, công chức cấp xã",
    cat="dao-tao-boi-duong",
    published_at="2026-11-12",
    blocks=[
        P(
            "Sáng 12/11/2026, Trường Chính trị tỉnh tổ chức bế giảng lớp bồi dưỡng cập nhật kiến thức cho 112 cán "
            "bộ, công chức cấp xã thuộc khu vực Đà Lạt và phụ cận."
        ),
        P(
            "Sau 10 ngày học tập, học viên được trang bị các chuyên đề về tổ chức và hoạt động của chính quyền "
            "địa phương hai cấp, kỹ năng soạn thảo văn bản, tiếp công dân và giải quyết thủ tục hành chính trên "
            "môi trường số."
        ),
        Img("/storage/photos/shares/2026/11/be-giang-bd-cap-xa-1.jpg", "Ảnh: Hoàng Quốc Huy", None, "mce-em"),
        P(
            "Kết quả học tập, 100% học viên đạt yêu cầu, trong đó 37 học viên đạt loại giỏi, 68 học viên đạt loại "
            "khá. Nhà trường đã khen thưởng 05 học viên có thành tích xuất sắc."
        ),
        Img(
            "/storage/photos/shares/2026/11/be-giang-bd-cap-xa-2.jpg",
            "(Lãnh đạo nhà trường trao giấy khen cho học viên xuất sắc)",
            "Lãnh đạo nhà trường trao giấy khen cho học viên xuất sắc",
            "mce-em",
        ),
        Raw('<p style="text-align: right;"><strong>Phòng Quản lý đào tạo</strong></p>'),
    ],
    authors=["Phòng Quản lý đào tạo"],
    photographers=["Hoàng Quốc Huy"],
    opts={"editor": "mce", "local": "2026-11-12 00:00", "poster": "qldt.tct"},
)

S9 = Story(
    id=138,
    slug="lop-trung-cap-ly-luan-chinh-tri-k11-nghien-cuu-thuc-te-tai-xa-da-huoai",
    title="Lớp Trung cấp lý luận chính trị K11 nghiên cứu thực tế tại xã Đạ Huoai",
    cat="hoat-dong-cua-truong",
    published_at="2026-11-06T16:10:00+07:00",
    summary=(
        "Từ ngày 03 đến 05/11/2026, lớp Trung cấp lý luận chính trị K11 (hệ tập trung) đi nghiên cứu thực tế "
        "tại xã Đạ Huoai với chủ đề xây dựng nông thôn mới gắn với phát triển kinh tế vườn đồi."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đoàn gồm 58 học viên và 04 giảng viên hướng dẫn do đồng chí Trưởng Khoa Nhà nước và pháp luật làm "
            "trưởng đoàn. Tại địa phương, đoàn được lãnh đạo Đảng ủy, UBND xã giới thiệu tình hình kinh tế - xã hội "
            "và kết quả xây dựng nông thôn mới nâng cao."
        ),
        Img(
            _trix_src("s9-a"),
            "Học viên tham quan mô hình trồng sầu riêng theo tiêu chuẩn VietGAP",
            "Học viên tham quan mô hình trồng sầu riêng theo tiêu chuẩn VietGAP",
            "trix",
        ),
        P(
            "Qua chuyến đi, học viên có thêm tư liệu thực tiễn để hoàn thành bài thu hoạch, đồng thời học tập "
            "kinh nghiệm trong vận động nhân dân hiến đất làm đường và phát triển hợp tác xã."
        ),
        Raw("<strong>Tin, ảnh: Khánh Linh</strong>"),
    ],
    authors=["Khánh Linh"],
    photographers=["Khánh Linh"],
    opts={"editor": "trix", "local": "2026-11-06 16:10", "poster": "bbt_tct", "also": ["dao-tao-boi-duong"],
          "tags": ["đào tạo"]},
)

S10 = Story(
    id=135,
    slug="tinh-uy-so-ket-cong-tac-xay-dung-dang-10-thang-nam-2026",
    title="Tỉnh ủy sơ kết công tác xây dựng Đảng và hệ thống chính trị 10 tháng năm 2026",
    cat="tin-trong-tinh",
    published_at="2026-10-30T09:30:00+07:00",
    blocks=[
        P(
            "Ngày 29/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng và hệ thống chính "
            "trị 10 tháng, triển khai nhiệm vụ trọng tâm những tháng cuối năm 2026."
        ),
        P(
            "Trong 10 tháng, toàn tỉnh kết nạp 2.135 đảng viên mới; công tác kiểm tra, giám sát được tăng cường; "
            "bộ máy các cơ quan, đơn vị sau sắp xếp cơ bản đi vào hoạt động ổn định, hiệu quả."
        ),
        Img(
            "/storage/photos/shares/2026/10/so-ket-10-thang.jpg",
            "Quang cảnh hội nghị sơ kết",
            "Quang cảnh hội nghị sơ kết",
            "mce-table",
        ),
        P(
            "Hội nghị đề ra nhiệm vụ những tháng cuối năm, trong đó nhấn mạnh việc nâng cao chất lượng đào tạo, "
            "bồi dưỡng lý luận chính trị cho cán bộ cơ sở và đẩy mạnh chuyển đổi số trong các cơ quan đảng."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/bai-viet/doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-ii-lam-viec-voi-truong-chinh-tri-tinh">'
            "Đoàn công tác Học viện Chính trị khu vực II làm việc với Trường Chính trị tỉnh</a></em></p>"
        ),
        Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT tỉnh Lâm Đồng</em></p>'),
    ],
    source="Cổng TTĐT tỉnh Lâm Đồng",
    opts={"editor": "mce", "local": "2026-10-30 09:30", "poster": "bbt_tct"},
)

S11 = Story(
    id=132,
    slug="mot-so-giai-phap-nang-cao-hieu-qua-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi",
    title="Một số giải pháp nâng cao hiệu quả bồi dưỡng lý luận chính trị cho đảng viên mới",
    cat="nghien-cuu-trao-doi",
    published_at="2026-10-24",
    blocks=[
        P(
            "Bồi dưỡng lý luận chính trị cho đảng viên mới là khâu quan trọng, góp phần nâng cao bản lĩnh chính "
            "trị, ý thức tổ chức kỷ luật của đảng viên ngay từ khi được kết nạp vào Đảng."
        ),
        P(
            "Thời gian qua, chất lượng các lớp bồi dưỡng đảng viên mới trên địa bàn tỉnh từng bước được nâng lên; "
            "tuy nhiên vẫn còn một số hạn chế cần khắc phục như sau:"
        ),
        P("Nội dung giảng dạy có lúc còn nặng về lý thuyết, chưa gắn với thực tiễn cơ sở;", "li"),
        P("Phương pháp truyền đạt chậm đổi mới, ít sử dụng tình huống và công nghệ thông tin;", "li"),
        P("Việc theo dõi, đánh giá đảng viên sau bồi dưỡng chưa thường xuyên.", "li"),
        P("Để khắc phục những hạn chế trên, cần thực hiện đồng bộ một số giải pháp sau:"),
        P("- Thứ nhất, cập nhật nội dung chương trình gắn với nghị quyết của cấp ủy địa phương."),
        P("- Thứ hai, đổi mới phương pháp giảng dạy, tăng cường thảo luận, trao đổi."),
        P("- Thứ ba, phối hợp chặt chẽ với chi bộ cơ sở trong quản lý, rèn luyện đảng viên mới."),
        Raw(
            '<p style="text-align: right;"><strong>TS. Huỳnh Văn Lợi - Trưởng Khoa Lý luận cơ sở</strong></p>'
        ),
        P("Tài liệu tham khảo", "h"),
        P("1. Ban Tổ chức Trung ương: Hướng dẫn số 12-HD/BTCTW về nghiệp vụ công tác đảng viên, Hà Nội, 2022."),
        P("2. Học viện Chính trị quốc gia Hồ Chí Minh: Giáo trình Xây dựng Đảng, Nxb. Lý luận chính trị, 2023."),
    ],
    authors=["Huỳnh Văn Lợi"],
    opts={"editor": "mce", "local": "2026-10-24 00:00", "poster": "quantri", "mso": True, "entities": True},
)

S12 = Story(
    id=129,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-ii-lam-viec-voi-truong-chinh-tri-tinh",
    title="Đoàn công tác Học viện Chính trị khu vực II làm việc với Trường Chính trị tỉnh",
    cat="hoat-dong-cua-truong",
    published_at="2026-10-20T14:00:00+07:00",
    blocks=[
        P(
            "Chiều 20/10/2026, Đoàn công tác Học viện Chính trị khu vực II do PGS.TS. Lương Thanh Sơn, Phó Giám "
            "đốc Học viện làm trưởng đoàn đã đến thăm và làm việc với Trường Chính trị tỉnh Lâm Đồng."
        ),
        P(
            "Tại buổi làm việc, hai bên trao đổi về việc phối hợp mở lớp Cao cấp lý luận chính trị hệ không tập "
            "trung tại tỉnh, liên kết nghiên cứu khoa học và bồi dưỡng chuyên môn cho đội ngũ giảng viên."
        ),
        Img(
            "/storage/photos/shares/2026/10/hvct-kv2-lam-viec.jpg",
            "Đồng chí Lương Thanh Sơn phát biểu tại buổi làm việc",
            "Đồng chí Lương Thanh Sơn phát biểu tại buổi làm việc",
            "mce-table",
        ),
        P(
            "Đồng chí Phó Giám đốc Học viện ghi nhận những kết quả nhà trường đạt được sau hợp nhất và đề nghị "
            "Trường tiếp tục chuẩn hóa đội ngũ, hoàn thiện cơ sở vật chất để đáp ứng tiêu chí trường chính trị "
            "chuẩn mức 1."
        ),
        Raw('<p style="text-align: right;"><strong>Văn phòng Trường</strong></p>'),
    ],
    authors=["Văn phòng Trường"],
    opts={"editor": "mce", "local": "2026-10-20 14:00", "poster": "bbt_tct"},
)

S13 = Story(
    id=126,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-truong-chinh-tri-tinh-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm học 2026 – 2027",
    cat="hoat-dong-cua-truong",
    published_at="2026-10-15T10:20:00+07:00",
    summary=(
        "Sáng 15/10/2026, Trường Chính trị tỉnh Lâm Đồng tổ chức Hội nghị viên chức, người lao động năm học "
        "2026 – 2027, hội nghị đầu tiên sau khi hợp nhất ba trường chính trị."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 – 2026, phương hướng nhiệm vụ năm "
            "học mới; báo cáo công khai tài chính và kết quả thực hiện quy chế dân chủ ở cơ sở."
        ),
        Img(
            "/storage/photos/shares/2026/10/hoi-nghi-vc-nld.jpg",
            "(Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị)",
            "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
            "mce-em",
        ),
        P(
            "Các đại biểu tập trung thảo luận, đóng góp ý kiến về quy chế chi tiêu nội bộ, chế độ giờ giảng của "
            "giảng viên giữa các cơ sở và điều kiện làm việc tại cơ sở 2, cơ sở 3."
        ),
        P("Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Minh Trang</strong></p>'),
    ],
    authors=["Lê Minh Trang"],
    photographers=["Lê Minh Trang"],
    opts={"editor": "mce", "local": "2026-10-15 10:20", "poster": "bbt_tct", "updated": "22/10/2026 15:40"},
)

STORIES: list[Story] = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
_BY_SLUG = {s.slug: s for s in STORIES}
_DELETED_SLUG = "le-ky-niem-ngay-thanh-lap-truong-chinh-tri-tinh-ban-nhap"


def _local(s: Story) -> datetime:
    return datetime.strptime(s.opts["local"], "%Y-%m-%d %H:%M")


def _utc_json(s: Story) -> str:
    return (_local(s) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def _shown(s: Story) -> str:
    d = _local(s)
    return f"{_THU[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"


def _ago(s: Story) -> str:
    delta = _NOW - _local(s)
    days = delta.days
    if days < 1:
        return f"{delta.seconds // 3600} giờ trước"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def _cats_of(s: Story) -> list[str]:
    return [s.cat, *s.opts.get("also", [])]


def _in_category(slug: str) -> list[Story]:
    children = {c for c, (_, parent) in CATEGORIES.items() if parent == slug}
    wanted = {slug} | children
    found = [s for s in STORIES if wanted & set(_cats_of(s))]
    return sorted(found, key=_local, reverse=True)


def _latest(n: int) -> list[Story]:
    return sorted(STORIES, key=_local, reverse=True)[:n]


def _limit(value: str, n: int) -> str:
    """Str::limit: cut at n characters and add '...'."""
    return value if len(value) <= n else value[:n].rstrip() + "..."


def _plain_excerpt(s: Story, n: int = 150) -> str:
    return _limit(s.summary or s.paragraphs[0], n)


def _thumb(s: Story) -> str:
    return f"/storage/posts/01JE{_h('thumb' + s.slug, 22).upper()}.jpg"


# ---------------------------------------------------------------------------------------------
# body rendering
# ---------------------------------------------------------------------------------------------


def _trix_figure(img: Img, base: str, n: int) -> str:
    url = base + img.src
    name = f"z60{int(_h(img.src, 8), 16) % 10**10:010d}_{_h('n' + img.src, 32)}.jpg"
    size = 1_200_000 + n * 137_911
    if img.style == "trix-name" and img.printed:
        name, human = img.printed.split(" ", 1)
        cap_attr: dict = {"presentation": "gallery"}
        figcap = (
            f'<figcaption class="attachment__caption"><span class="attachment__name">{esc(name)}</span> '
            f'<span class="attachment__size">{esc(human)}</span></figcaption>'
        )
    else:
        cap_attr = {"caption": img.printed, "presentation": "gallery"}
        figcap = f'<figcaption class="attachment__caption attachment__caption--edited">{esc(img.printed or "")}</figcaption>'
    data = {
        "contentType": "image/jpeg",
        "filename": name,
        "filesize": size,
        "height": 1200,
        "href": url,
        "url": url,
        "width": 1600,
    }
    return (
        f'<figure data-trix-attachment="{esc(json.dumps(data, ensure_ascii=False, separators=(",", ":")))}" '
        f'data-trix-content-type="image/jpeg" data-trix-attributes="{esc(json.dumps(cap_attr, ensure_ascii=False, separators=(",", ":")))}" '
        f'class="attachment attachment--preview attachment--jpg"><a href="{esc(url)}">'
        f'<img src="{esc(url)}" width="1600" height="1200">{figcap}</a></figure>'
    )


def _trix_body(s: Story, base: str) -> str:
    out: list[str] = []
    run: list[str] = []
    items: list[str] = []

    def flush_run() -> None:
        if run:
            out.append("<div>" + "<br><br>".join(run) + "</div>")
            run.clear()

    def flush_list() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    n = 0
    for b in s.blocks:
        if isinstance(b, P) and b.style == "li":
            flush_run()
            items.append(text(b.text))
            continue
        flush_list()
        if isinstance(b, P):
            if b.style == "h":
                flush_run()
                out.append(f"<h1>{text(b.text)}</h1>")
            elif b.style == "b":
                run.append(f"<strong>{text(b.text)}</strong>")
            else:
                run.append(text(b.text))
        elif isinstance(b, Img):
            n += 1
            run.append(_trix_figure(b, base, n))
        else:
            run.append(b.html)
    flush_list()
    flush_run()
    return "".join(out)


_MSO_P = 'class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; line-height: 150%;"'
_MSO_SPAN = "font-size: 14.0pt; line-height: 150%; font-family: 'Times New Roman', serif;"


def _footnote_calls(markup: str, back: bool = False) -> str:
    for i in (1, 2, 3):
        ref = f"[{i}]"
        if ref not in markup:
            continue
        if back:
            anchor = f'<a href="#_ftnref{i}" name="_ftn{i}" title=""><span class="MsoFootnoteReference">{ref}</span></a>'
        else:
            anchor = (
                f'<a style="mso-footnote-id: ftn{i};" href="#_ftn{i}" name="_ftnref{i}" title="">'
                f'<span class="MsoFootnoteReference"><span style="{_MSO_SPAN}">{ref}</span></span></a>'
            )
        markup = markup.replace(ref, anchor, 1)
    return markup


def _mce_body(s: Story, base: str) -> str:
    mso = s.opts.get("mso", False)
    out: list[str] = []
    rows: list[str] = []
    notes: list[str] = []
    li_no = 0

    def flush_rows() -> None:
        if rows:
            out.append(
                '<table class="MsoTableGrid" style="width: 100%; border-collapse: collapse;" border="1" cellpadding="4">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            rows.clear()

    for b in s.blocks:
        if not (isinstance(b, P) and b.style == "tr"):
            flush_rows()
        if isinstance(b, P):
            t = text(b.text)
            if s.opts.get("fn") and b.style != "fn":
                t = _footnote_calls(t)
            if b.style == "tr":
                tag = "th" if not rows else "td"
                cells = "".join(f'<{tag} style="text-align: center;"><p>{esc(c)}</p></{tag}>' for c in b.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            elif b.style == "fn":
                notes.append(
                    f'<div style="mso-element: footnote;" id="ftn{len(notes) + 1}"><p class="MsoFootnoteText">'
                    f"{_footnote_calls(t, back=True)}</p></div>"
                )
            elif b.style == "li":
                li_no += 1
                marker = "-" if s.opts.get("entities") else "·"
                out.append(
                    '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 54.0pt; text-align: justify; '
                    f'text-indent: -18.0pt; mso-list: l0 level1 lfo{li_no};"><!--[if !supportLists]-->'
                    f'<span style="{_MSO_SPAN}"><span style="mso-list: Ignore;">{marker}'
                    "<span style=\"font: 7.0pt 'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
                    f'</span></span><!--[endif]--><span style="{_MSO_SPAN}">{t}</span></p>'
                )
            elif b.style in ("b", "h"):
                if mso:
                    out.append(f'<p {_MSO_P}><b><span style="{_MSO_SPAN}">{t}</span></b></p>')
                else:
                    out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif mso:
                out.append(f'<p {_MSO_P}><span style="{_MSO_SPAN}">{t}</span></p>')
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        elif isinstance(b, Img):
            img = f'<img src="{esc(b.src)}" alt="" width="700" height="467">'
            if b.style == "mce-table":
                out.append(
                    '<table class="tbl-anh" style="margin-left: auto; margin-right: auto;" border="0"><tbody>'
                    f'<tr><td>{img}</td></tr><tr><td style="text-align: center;"><span style="font-size: 10pt;">'
                    f"<em>{esc(b.printed or '')}</em></span></td></tr></tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{img}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        else:
            out.append(b.html)
    flush_rows()
    if notes:
        out.append(
            '<div style="mso-element: footnote-list;"><br clear="all"><hr align="left" size="1" width="33%">'
            + "".join(notes)
            + "</div>"
        )
    body = "\n".join(out)
    if s.opts.get("entities"):
        body = entity_mix(body)
    return body


def _body(s: Story, base: str) -> str:
    return _trix_body(s, base) if s.opts.get("editor") == "trix" else _mce_body(s, base)


# ---------------------------------------------------------------------------------------------
# chrome
# ---------------------------------------------------------------------------------------------

_CSRF = _h("csrf-token-lamdong")
_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "#", [("Lịch sử phát triển", "/gioi-thieu/lich-su-phat-trien"),
                         ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc")]),
    ("Tin tức - Sự kiện", "/chuyen-muc/tin-tuc-su-kien", [
        ("Hoạt động của Trường", "/chuyen-muc/hoat-dong-cua-truong"),
        ("Tin trong tỉnh", "/chuyen-muc/tin-trong-tinh")]),
    ("Đào tạo - Bồi dưỡng", "/chuyen-muc/dao-tao-boi-duong", []),
    ("Nghiên cứu - Trao đổi", "/chuyen-muc/nghien-cuu-trao-doi", []),
    ("Đoàn thể", "#", [("Công đoàn - Đoàn thanh niên", "/chuyen-muc/cong-doan-doan-thanh-nien")]),
    ("Thông báo", "/chuyen-muc/thong-bao", []),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", "#", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Lịch công tác", "/lich-cong-tac", []),
    ("Liên hệ", "/lien-he", []),
]


def _menu(current: str) -> str:
    lis = []
    for label, href, subs in _MENU:
        active = ' class="active"' if href == current else ""
        if subs:
            sub = "".join(f'<li><a class="dd-item" href="{h}" wire:navigate>{esc(t)}</a></li>' for t, h in subs)
            lis.append(
                f'<li class="mnu-cha" x-data="{{ mo: false }}" @mouseenter="mo = true" @mouseleave="mo = false">'
                f'<a href="{href if href != "#" else "javascript:void(0)"}"{active}>{esc(label)} '
                f'<i class="bi bi-chevron-down"></i></a><ul class="mnu-con" x-show="mo" x-cloak>{sub}</ul></li>'
            )
        else:
            lis.append(f'<li><a href="{href}"{active} wire:navigate>{esc(label)}</a></li>')
    return '<nav class="mnu-chinh" id="menu-1"><div class="container"><ul class="mnu-ds">' + "".join(lis) + "</ul></div></nav>"


def _story_link(s: Story, extra: str = "") -> str:
    return f"/bai-viet/{s.slug}{extra}"


def _sidebar() -> str:
    notices = (
        f'<li><a href="{_story_link(S3)}">{esc(_limit(S3.title, 70))}</a> <span class="moi">Mới</span></li>'
        '<li><a href="/van-ban/ke-hoach-dao-tao-boi-duong-can-bo-nam-2027">Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027</a></li>'
        '<li><a href="/van-ban/quy-che-chi-tieu-noi-bo-nam-2026">Quy chế chi tiêu nội bộ năm 2026</a></li>'
    )
    most = "".join(
        f'<li><span class="stt">{i}</span><a href="{_story_link(s)}">{esc(_limit(s.title, 70))}</a></li>'
        for i, s in enumerate([S4, S8, S2, S6], 1)
    )
    poll_snap = esc(json.dumps({"data": {"luaChon": None}, "memo": {"id": "pL0x9aQe", "name": "binh-chon"}}))
    return f"""
<aside class="col-lg-4 cot-phai">
  <div class="khoi-ben" id="kb-3">
    <div class="kb-tieude"><i class="bi bi-megaphone"></i> THÔNG BÁO</div>
    <ul class="kb-ds">{notices}</ul>
  </div>
  <div class="khoi-ben" id="kb-5">
    <div class="kb-tieude">ĐỌC NHIỀU</div>
    <ol class="kb-docnhieu">{most}</ol>
  </div>
  <div class="khoi-ben banner-ds">
    <a href="https://hcma.vn" target="_blank" rel="noopener"><img src="/images/banner/hoc-vien-ctqg.jpg" alt="Học viện CTQG Hồ Chí Minh"></a>
    <a href="https://www.lamdong.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/cong-ttdt-lam-dong.jpg" alt="Cổng TTĐT tỉnh"></a>
    <a href="https://baolamdong.vn" target="_blank" rel="noopener"><img src="/images/banner/bao-lam-dong.jpg" alt="Báo Lâm Đồng"></a>
  </div>
  <div class="khoi-ben">
    <div class="kb-tieude">LIÊN KẾT WEBSITE</div>
    <select class="form-select" onchange="if(this.value) window.open(this.value)">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://tulieuvankien.dangcongsan.vn">Tư liệu văn kiện Đảng</option>
      <option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
      <option value="https://lyluanchinhtri.vn">Tạp chí Lý luận chính trị</option>
    </select>
  </div>
  <div class="khoi-ben" wire:snapshot="{poll_snap}" wire:effects="[]" wire:id="pL0x9aQe">
    <div class="kb-tieude">THĂM DÒ Ý KIẾN</div>
    <form wire:submit="binhChon">
      <p>Bạn đánh giá thế nào về giao diện website mới của Trường?</p>
      <label><input type="radio" wire:model="luaChon" value="1"> Đẹp, dễ sử dụng</label><br>
      <label><input type="radio" wire:model="luaChon" value="2"> Bình thường</label><br>
      <label><input type="radio" wire:model="luaChon" value="3"> Cần cải thiện</label><br>
      <button type="submit" class="btn btn-sm btn-danger">Bình chọn</button>
      <button type="button" wire:click="xemKetQua" class="btn btn-sm btn-secondary">Kết quả</button>
    </form>
  </div>
  <div class="khoi-ben tk-truycap">
    <div class="kb-tieude">THỐNG KÊ TRUY CẬP</div>
    <table class="tbl-tk"><tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>1.204</td></tr>
    <tr><td>Tổng truy cập:</td><td>1.867.532</td></tr></table>
  </div>
</aside>"""


def _page(request: Request, title: str, main: str, *, current: str = "", head: str = "", sidebar: bool = True,
          og: str = "") -> Response:
    base = base_url(request)
    canonical_default = f'<link rel="canonical" href="{base}{request.path}">' if "canonical" not in head else ""
    side = _sidebar() if sidebar else ""
    col = "col-lg-8" if sidebar else "col-12"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{_CSRF}">
<title>{esc(title)} - {SCHOOL}</title>
{canonical_default}
{head}
{og}
<link rel="icon" href="/favicon.ico">
<link rel="preload" as="style" href="/build/assets/app-BkX3c9Qe.css"><link rel="stylesheet" href="/build/assets/app-BkX3c9Qe.css">
<link rel="modulepreload" href="/build/assets/app-D8f3kLm2.js"><script type="module" src="/build/assets/app-D8f3kLm2.js"></script>
<style>[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay] {{display: none;}} [x-cloak] {{display:none !important;}}</style>
</head>
<body class="antialiased">
<div class="thanh-tren"><div class="container d-flex justify-content-between">
  <span class="ngay-hnay"><i class="bi bi-calendar-event"></i> {HEADER_TODAY}</span>
  <span class="hotline">Hotline: 0263.3822.416</span>
  <form action="/tim-kiem" method="GET" class="tim-kiem"><input type="text" name="tu-khoa" placeholder="Tìm kiếm..."><button type="submit"><i class="bi bi-search"></i></button></form>
</div></div>
<header class="dau-trang"><div class="container">
  <a href="/" class="logo"><img src="/images/logo-tct.png" alt="Logo Trường Chính trị tỉnh Lâm Đồng"></a>
  <div class="ten-truong"><div class="tt-1">TỈNH ỦY LÂM ĐỒNG</div><div class="tt-2">TRƯỜNG CHÍNH TRỊ TỈNH LÂM ĐỒNG</div></div>
</div></header>
{_menu(current)}
<div class="tb-chay container"><span class="nhan">Thông báo:</span><marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()"><a href="{_story_link(S3)}">{esc(S3.title)}</a></marquee></div>
<main class="container noi-dung-chinh"><div class="row">
<div class="{col}">
{main}
</div>
{side}
</div></main>
<footer class="chan-trang"><div class="container">
  <div class="row">
    <div class="col-md-8">
      <p class="ft-ten">TRƯỜNG CHÍNH TRỊ TỈNH LÂM ĐỒNG</p>
      <p>Địa chỉ: Số 2 đường Hùng Vương, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng</p>
      <p>Điện thoại: 0263.3822.416 - Fax: 0263.3822.417 - Email: truongchinhtri@lamdong.dcs.vn</p>
      <p>Chịu trách nhiệm nội dung: Hiệu trưởng Trường Chính trị tỉnh Lâm Đồng</p>
    </div>
    <div class="col-md-4 text-end">
      <a href="https://www.facebook.com/truongchinhtrilamdong" target="_blank" rel="noopener"><img src="/images/icon/facebook.png" alt="Facebook"></a>
      <a href="https://www.youtube.com/@truongchinhtrilamdong" target="_blank" rel="noopener"><img src="/images/icon/youtube.png" alt="YouTube"></a>
      <p class="small">© 2026 Bản quyền thuộc Trường Chính trị tỉnh Lâm Đồng. <a href="/admin" rel="nofollow">Quản trị</a></p>
      <p class="small">Thiết kế &amp; phát triển: Công ty TNHH Phần mềm Cao Nguyên Xanh</p>
    </div>
  </div>
</div></footer>
<script src="/livewire/livewire.min.js?id=cc800bf4" data-csrf="{_CSRF}" data-update-uri="/livewire/update" data-navigate-once="true"></script>
</body>
</html>"""
    return html(page, headers={"X-Powered-By": "PHP/8.3.14", "Set-Cookie": "laravel_session=eyJpdiI6Ik1x; path=/; httponly"})


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    lis = ['<li class="brc-i"><a href="/"><i class="bi bi-house-door"></i> Trang chủ</a></li>']
    for label, href in trail:
        lis.append(f'<li class="brc-i"><a href="{href}">{esc(label)}</a></li>' if href else
                   f'<li class="brc-i active" aria-current="page">{esc(label)}</li>')
    return '<nav aria-label="breadcrumb"><ol class="brc">' + "".join(lis) + "</ol></nav>"


def _cat_trail(slug: str) -> list[tuple[str, str]]:
    label, parent = CATEGORIES[slug]
    trail = []
    if parent:
        trail.append((CATEGORIES[parent][0], f"/chuyen-muc/{parent}"))
    trail.append((label, f"/chuyen-muc/{slug}"))
    return trail


def _snapshot(name: str, data: dict, path: str) -> str:
    snap = {
        "data": data,
        "memo": {"id": _h(name + path, 20), "name": name, "path": path.lstrip("/"), "method": "GET",
                 "children": [], "scripts": [], "assets": [], "errors": [], "locale": "vi"},
        "checksum": _h("ck" + name + path, 64),
    }
    return esc(json.dumps(snap, separators=(",", ":")).replace("/", "\\/"))


# ---------------------------------------------------------------------------------------------
# pages
# ---------------------------------------------------------------------------------------------


def _card(s: Story, extra: str = "") -> str:
    d = _local(s)
    return (
        f'<div class="bv-item row g-3" wire:key="post-{s.id}">'
        f'<div class="col-4"><a href="{_story_link(s, extra)}" wire:navigate><img src="{_thumb(s)}" alt="{esc(s.title)}" '
        f'class="img-fluid rounded" loading="lazy"></a></div>'
        f'<div class="col-8"><h3 class="bv-item__tieude"><a href="{_story_link(s, extra)}" wire:navigate>'
        f"{esc(_limit(s.title, 70))}</a></h3>"
        f'<div class="bv-item__ngay" title="{d:%d/%m/%Y %H:%M}"><i class="bi bi-clock"></i> {_ago(s)}</div>'
        f'<p class="bv-item__tomtat">{esc(_plain_excerpt(s))}</p></div></div>'
    )


def _pager(page: int, last: int, total: int) -> str:
    if last <= 1:
        return ""
    first_item = (page - 1) * PER_PAGE + 1
    last_item = min(page * PER_PAGE, total)
    prev = (
        '<span aria-disabled="true" aria-label="&laquo; Trước"><span class="pg-o pg-tat" aria-hidden="true">&lsaquo;</span></span>'
        if page == 1 else
        '<button type="button" wire:click="previousPage(\'page\')" dusk="previousPage.after" rel="prev" class="pg-o" '
        'aria-label="&laquo; Trước">&lsaquo;</button>'
    )
    nxt = (
        '<button type="button" wire:click="nextPage(\'page\')" dusk="nextPage.after" rel="next" class="pg-o" '
        'aria-label="Sau &raquo;">&rsaquo;</button>'
        if page < last else
        '<span aria-disabled="true" aria-label="Sau &raquo;"><span class="pg-o pg-tat" aria-hidden="true">&rsaquo;</span></span>'
    )
    nums = []
    for n in range(1, last + 1):
        if n == page:
            nums.append(f'<span wire:key="paginator-page-page{n}"><span aria-current="page"><span class="pg-o pg-hien">{n}</span></span></span>')
        else:
            nums.append(
                f'<span wire:key="paginator-page-page{n}"><button type="button" wire:click="gotoPage({n}, \'page\')" '
                f'x-on:click="$el.closest(\'body\').scrollIntoView()" class="pg-o" aria-label="Đến trang {n}">{n}</button></span>'
            )
    return (
        '<div><nav role="navigation" aria-label="Pagination Navigation" class="pg-nav">'
        f'<p class="pg-tt">Hiển thị <span class="fw-bold">{first_item}</span> đến <span class="fw-bold">{last_item}</span> '
        f'của <span class="fw-bold">{total}</span> kết quả</p>'
        f'<span class="pg-ds">{prev}{"".join(nums)}{nxt}</span></nav></div>'
    )


def _category(request: Request, slug: str) -> Response:
    label, _ = CATEGORIES[slug]
    posts = _in_category(slug)
    raw = request.params.get("page", "1")
    page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    last = max(1, -(-len(posts) // PER_PAGE))
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    base = base_url(request)
    head = ""
    if page > 1:
        head += f'<link rel="prev" href="{base}/chuyen-muc/{slug}' + (f'?page={page - 1}"' if page > 2 else '"') + ">\n"
    if page < last:
        head += f'<link rel="next" href="{base}/chuyen-muc/{slug}?page={page + 1}">\n'
    head += f'<link rel="canonical" href="{base}/chuyen-muc/{slug}' + (f"?page={page}" if page > 1 else "") + '">'
    cards = "".join(_card(s) for s in chunk) or '<p class="trong">Chưa có bài viết trong chuyên mục này.</p>'
    snap = _snapshot(
        "danh-sach-bai-viet",
        {"chuyenMuc": [None, {"class": "App\\Models\\Category", "key": list(CATEGORIES).index(slug) + 1, "s": "mdl"}],
         "paginators": [{"page": page}, {"s": "arr"}]},
        f"/chuyen-muc/{slug}",
    )
    effects = esc(json.dumps({"url": {"paginators.page": {"as": "page", "use": "push", "alwaysShow": False, "except": None}}}))
    main = (
        _breadcrumb([(t, h if i < len(_cat_trail(slug)) - 1 else "") for i, (t, h) in enumerate(_cat_trail(slug))])
        + f'<h2 class="tieu-de-cm">{esc(label.upper())}</h2>'
        + f'<div wire:snapshot="{snap}" wire:effects="{effects}" wire:id="{_h("lw" + slug, 20)}">'
        + f'<div class="ds-bv" wire:loading.class="opacity-50">{cards}</div>'
        + _pager(page, last, len(posts))
        + "</div>"
    )
    return _page(request, label + (f" - Trang {page}" if page > 1 else ""), main, current=f"/chuyen-muc/{slug}", head=head)


def _article(request: Request, s: Story) -> Response:
    base = base_url(request)
    printing = request.params.get("print") == "1"
    label = CATEGORIES[s.cat][0]
    desc = _plain_excerpt(s, 155)
    og = (
        f'<meta name="description" content="{esc(desc)}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:url" content="{base}{_story_link(s)}">\n<meta property="og:image" content="{base}{_thumb(s)}">\n'
        f'<meta property="article:published_time" content="{_utc_json(s)}">\n'
        f'<meta property="article:section" content="{esc(label)}">'
    )
    canonical = f'<link rel="canonical" href="{base}{_story_link(s)}">'
    body = _body(s, base)
    sapo = f'<div class="bv-tomtat">{text(s.summary)}</div>' if s.summary and s.sapo_outside else ""
    time_el = f'<time datetime="{_utc_json(s)}">{_shown(s)}</time>'
    if printing:
        author_line = f" - Tác giả: {esc(s.opts['author_field'])}" if s.opts.get("author_field") else ""
        page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(s.title)}</title>{canonical}
<meta name="robots" content="noindex"><link rel="stylesheet" href="/build/assets/print-Cq81xZ.css"></head>
<body onload="window.print()"><div class="in-dau"><img src="/images/logo-tct.png" alt="" width="60"> {SCHOOL.upper()}</div>
<h1 class="bv-tieude">{esc(s.title)}</h1>
<div class="bv-meta">{time_el}{author_line}</div>
{sapo}
<div class="bv-noidung">{body}</div>
<hr><p class="in-chan">In từ: {base}{_story_link(s)}</p>
</body></html>"""
        return html(page)
    meta = [f'<span class="bv-ngay"><i class="bi bi-calendar3"></i> {time_el}</span>']
    if s.opts.get("author_field"):
        meta.append(f'<span class="bv-tacgia"><i class="bi bi-pen"></i> Tác giả: {esc(s.opts["author_field"])}</span>')
    meta.append(f'<span class="bv-nguoidang"><i class="bi bi-person"></i> Người đăng: {esc(s.opts["poster"])}</span>')
    meta.append(f'<span class="bv-luotxem"><i class="bi bi-eye"></i> Lượt xem: {s.views()}</span>')
    share = quote(f"{base}{_story_link(s)}", safe="")
    tools = (
        '<div class="bv-congcu" x-data="{ co: 16 }">'
        '<button type="button" @click="co--" title="Giảm cỡ chữ">A-</button>'
        '<button type="button" @click="co++" title="Tăng cỡ chữ">A+</button>'
        '<a href="?print=1" target="_blank" rel="nofollow" title="In bài viết"><i class="bi bi-printer"></i> In bài</a>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener" class="chia-se-fb">'
        '<img src="/images/icon/share-fb.png" alt="Chia sẻ Facebook"></a>'
        f'<a href="https://zalo.me/share?u={share}" target="_blank" rel="noopener"><img src="/images/icon/share-zalo.png" alt="Zalo"></a>'
        "</div>"
    )
    extras = ""
    if s.opts.get("updated"):
        extras += f'<div class="bv-capnhat"><em>Cập nhật lần cuối: {s.opts["updated"]}</em></div>'
    if s.opts.get("attach"):
        name, href = s.opts["attach"]
        extras += (
            f'<div class="bv-dinhkem"><i class="bi bi-paperclip"></i> File đính kèm: '
            f'<a href="{href}" target="_blank">{esc(name)}</a> (118 KB)</div>'
        )
    if s.opts.get("tags"):
        tags = ", ".join(f'<a href="/tim-kiem?tu-khoa={quote(t)}">{esc(t)}</a>' for t in s.opts["tags"])
        extras += f'<div class="bv-tag"><i class="bi bi-tags"></i> Từ khóa: {tags}</div>'
    newer = [x for x in _in_category(s.cat) if _local(x) > _local(s)][-3:]
    same = newer or [x for x in _latest(4) if x is not s][:3]
    related = "".join(
        f'<li><a href="{_story_link(x)}" wire:navigate>{esc(x.title)}</a> <span class="ngay">({_local(x):%d/%m/%Y})</span></li>'
        for x in same
    )
    trail = _cat_trail(s.cat)
    main = (
        _breadcrumb(trail)
        + f'<article class="bv-chitiet" id="bv-{s.id}">'
        + f'<h1 class="bv-tieude">\n        {esc(s.title)}\n    </h1>'
        + '<div class="bv-meta">' + " | ".join(meta) + "</div>"
        + tools
        + sapo
        + f'<div class="bv-noidung trix-content" style="font-size: 16px;">{body}</div>'
        + extras
        + "</article>"
        + f'<section class="tin-lienquan"><h3 class="tlq-tieude">Các tin mới hơn</h3><ul>{related}</ul></section>'
    )
    return _page(request, s.title, main, current=trail[0][1], head=canonical, og=og)


def _home(request: Request) -> Response:
    featured = [s for s in STORIES if s.opts.get("featured")]
    slides = "".join(
        f'<div class="slide" x-show="hien === {i}" x-transition><a href="{_story_link(s, "?ref=slider")}">'
        f'<img src="{_thumb(s)}" alt="{esc(s.title)}"><div class="slide-tieude">{esc(s.title)}</div></a></div>'
        for i, s in enumerate(featured)
    )
    latest = "".join(_card(s) for s in _latest(5))
    snap = _snapshot("tin-moi", {"soLuong": 5}, "/")
    research = "".join(_card(s) for s in _in_category("nghien-cuu-trao-doi")[:2])
    main = f"""
<section class="slider-tn" x-data="{{ hien: 0 }}" x-init="setInterval(() => hien = (hien + 1) % {len(featured)}, 5000)">
  <h2 class="khoi-tieude">TIN NỔI BẬT</h2>{slides}
  <button type="button" class="sl-nut" @click="hien = (hien + {len(featured) - 1}) % {len(featured)}">&lsaquo;</button>
  <button type="button" class="sl-nut" @click="hien = (hien + 1) % {len(featured)}">&rsaquo;</button>
</section>
<section class="khoi-tinmoi" wire:snapshot="{snap}" wire:effects="[]" wire:id="{_h("tinmoi", 20)}">
  <h2 class="khoi-tieude">TIN MỚI</h2>
  <div class="ds-bv">{latest}</div>
  <div class="text-center"><button type="button" class="btn btn-outline-danger" wire:click="taiThem" wire:loading.attr="disabled">Xem thêm <span wire:loading>...</span></button></div>
</section>
<section class="khoi-cm">
  <h2 class="khoi-tieude"><a href="/chuyen-muc/nghien-cuu-trao-doi">NGHIÊN CỨU - TRAO ĐỔI</a></h2>
  <div class="ds-bv">{research}</div>
</section>
<section class="khoi-video"><h2 class="khoi-tieude"><a href="/video">VIDEO</a></h2>
  <a href="/video/phong-su-truong-chinh-tri-tinh-lam-dong-sau-hop-nhat"><img src="/images/video-thumb-1.jpg" alt="Video"> Phóng sự: Trường Chính trị tỉnh Lâm Đồng sau hợp nhất</a>
</section>"""
    return _page(request, "Trang chủ", main, current="/")


_INTRO = {
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        "15/10/2026",
        [
            "Trường Chính trị tỉnh Lâm Đồng được thành lập trên cơ sở hợp nhất Trường Chính trị tỉnh Lâm Đồng, "
            "Trường Chính trị tỉnh Đắk Nông và Trường Chính trị tỉnh Bình Thuận theo Quyết định của Ban Thường vụ Tỉnh ủy.",
            "Tiền thân của Trường là Trường Đảng tỉnh Lâm Đồng, được thành lập năm 1976. Qua gần 50 năm xây dựng "
            "và trưởng thành, nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho tỉnh.",
            "Năm 2024, Trường được công nhận đạt chuẩn mức 1 theo quy định của Ban Bí thư.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "16/10/2026",
        [
            "Ban Giám hiệu gồm Hiệu trưởng và các Phó Hiệu trưởng.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo; Phòng Quản lý khoa học và Thông tin tư liệu.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        ],
    ),
}


def _intro(request: Request, slug: str) -> Response:
    title, updated, paras = _INTRO[slug]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    if slug == "lich-su-phat-trien":
        body += '<p style="text-align: center;"><img src="/storage/pages/tru-so-truong.jpg" alt=""></p><p style="text-align: center;"><em>Trụ sở chính của Trường</em></p>'
    main = (
        _breadcrumb([("Giới thiệu", ""), (title, "")])
        + f'<article class="bv-chitiet trang-tinh"><h1 class="bv-tieude">{esc(title)}</h1>'
        + f'<div class="bv-meta"><i class="bi bi-clock-history"></i> Cập nhật: {updated}</div>'
        + f'<div class="bv-noidung">{body}</div></article>'
    )
    return _page(request, title, main)


_DOCS = {
    "ke-hoach-dao-tao-boi-duong-can-bo-nam-2027": (
        "312-KH/TCT", "25/11/2026", "Kế hoạch", "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027", "Trần Văn Phúc",
        "/storage/van-ban/312-KH-TCT.pdf",
    ),
    "quy-che-chi-tieu-noi-bo-nam-2026": (
        "58-QĐ/TCT", "10/10/2026", "Quyết định", "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026", "Nguyễn Hữu Hòa",
        "/storage/van-ban/58-QD-TCT.pdf",
    ),
}


def _docs_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td>{esc(d[0])}</td><td>{d[1]}</td><td><a href="/van-ban/{slug}">{esc(d[3])}</a></td>'
        f'<td><a href="{d[5]}" title="Tải về"><i class="bi bi-download"></i></a></td></tr>'
        for i, (slug, d) in enumerate(_DOCS.items(), 1)
    )
    main = (
        _breadcrumb([("Văn bản", "")])
        + '<h2 class="tieu-de-cm">VĂN BẢN</h2><table class="table table-bordered tbl-vb"><thead><tr><th>STT</th>'
        + "<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        + f"<tbody>{rows}</tbody></table>"
    )
    return _page(request, "Văn bản", main, current="/van-ban")


def _doc(request: Request, slug: str) -> Response:
    so, ngay, loai, trich, ky, pdf = _DOCS[slug]
    main = (
        _breadcrumb([("Văn bản", "/van-ban"), (so, "")])
        + f'<h1 class="bv-tieude">{esc(trich)}</h1><table class="table tbl-ctvb">'
        + f"<tr><th>Số/Ký hiệu</th><td>{esc(so)}</td></tr><tr><th>Ngày ban hành</th><td>{ngay}</td></tr>"
        + f"<tr><th>Loại văn bản</th><td>{loai}</td></tr><tr><th>Cơ quan ban hành</th><td>Trường Chính trị tỉnh</td></tr>"
        + f"<tr><th>Người ký</th><td>{esc(ky)}</td></tr><tr><th>Trích yếu</th><td>{esc(trich)}</td></tr>"
        + f'<tr><th>File đính kèm</th><td><a href="{pdf}">{pdf.rsplit("/", 1)[1]}</a></td></tr></table>'
        + f'<iframe src="{pdf}" width="100%" height="600" title="Xem văn bản"></iframe>'
    )
    return _page(request, trich, main, current="/van-ban")


_ALBUM_SLUG = "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026"
_VIDEO_SLUG = "phong-su-truong-chinh-tri-tinh-lam-dong-sau-hop-nhat"


def _albums(request: Request) -> Response:
    main = (
        _breadcrumb([("Thư viện ảnh", "")])
        + '<h2 class="tieu-de-cm">THƯ VIỆN ẢNH</h2><div class="row album-ds">'
        + f'<div class="col-md-6"><a href="/thu-vien-anh/{_ALBUM_SLUG}"><img src="/storage/albums/ht-gvdg-bia.jpg" alt="">'
        + "<h3>Hội thi giảng viên dạy giỏi cấp Trường năm 2026</h3></a><span>28/11/2026 · 4 ảnh</span></div></div>"
    )
    return _page(request, "Thư viện ảnh", main, current="/thu-vien-anh")


def _album(request: Request) -> Response:
    caps = [
        "Lễ khai mạc Hội thi",
        "Giảng viên Khoa Dân vận thể hiện bài giảng",
        "Ban Giám khảo chấm bài giảng",
        "Các giảng viên đạt giải chụp ảnh lưu niệm",
    ]
    figs = "".join(
        f'<figure class="col-md-6"><a href="/storage/albums/ht-gvdg-{i}.jpg" data-fancybox="album">'
        f'<img src="/storage/albums/ht-gvdg-{i}.jpg" alt="{esc(c)}"></a><figcaption>{esc(c)}</figcaption></figure>'
        for i, c in enumerate(caps, 1)
    )
    main = (
        _breadcrumb([("Thư viện ảnh", "/thu-vien-anh"), ("Hội thi giảng viên dạy giỏi cấp Trường năm 2026", "")])
        + '<h1 class="bv-tieude">Hội thi giảng viên dạy giỏi cấp Trường năm 2026</h1>'
        + '<div class="bv-meta">Ngày đăng: 28/11/2026 | 4 ảnh</div>'
        + f'<div class="row album-anh">{figs}</div>'
    )
    return _page(request, "Hội thi giảng viên dạy giỏi cấp Trường năm 2026", main, current="/thu-vien-anh")


def _videos(request: Request) -> Response:
    main = (
        _breadcrumb([("Video", "")])
        + '<h2 class="tieu-de-cm">VIDEO</h2>'
        + f'<div class="video-ds"><a href="/video/{_VIDEO_SLUG}"><img src="/images/video-thumb-1.jpg" alt="">'
        + "<h3>Phóng sự: Trường Chính trị tỉnh Lâm Đồng sau hợp nhất</h3></a></div>"
    )
    return _page(request, "Video", main, current="/video")


def _video(request: Request) -> Response:
    main = (
        _breadcrumb([("Video", "/video"), ("Phóng sự: Trường Chính trị tỉnh Lâm Đồng sau hợp nhất", "")])
        + '<h1 class="bv-tieude">Phóng sự: Trường Chính trị tỉnh Lâm Đồng sau hợp nhất</h1>'
        + '<div class="bv-meta">Ngày đăng: 22/10/2026</div>'
        + '<div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/Xk3pQ9LmT2w" title="YouTube video" '
        + 'allowfullscreen></iframe></div>'
        + "<p>Phóng sự do Đài Phát thanh - Truyền hình Lâm Đồng thực hiện.</p>"
    )
    return _page(request, "Phóng sự: Trường Chính trị tỉnh Lâm Đồng sau hợp nhất", main, current="/video")


def _calendar(request: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "07:30", "Giao ban Ban Giám hiệu", "Phòng họp 1", "Ban Giám hiệu"),
        ("Thứ Ba 01/12", "07:30", "Lên lớp TC K12 (Cơ sở 2)", "Cơ sở 2", "Khoa LLCS"),
        ("Thứ Tư 02/12", "14:00", "Họp Hội đồng Khoa học", "Phòng họp 2", "Hiệu trưởng"),
        ("Thứ Năm 03/12", "14:00", "Khai giảng lớp TC K12 hệ không tập trung", "Cơ sở 2", "PHT Phạm Thị Thu Hiền"),
        ("Thứ Sáu 04/12", "08:00", "Sinh hoạt chi bộ định kỳ", "Hội trường A", "Các chi bộ"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    snap = _snapshot("lich-cong-tac", {"tuan": 49, "nam": 2026}, "/lich-cong-tac")
    main = (
        _breadcrumb([("Lịch công tác", "")])
        + f'<div wire:snapshot="{snap}" wire:effects="[]" wire:id="{_h("lct", 20)}">'
        + '<h1 class="bv-tieude">LỊCH CÔNG TÁC TUẦN 49 (Từ 30/11/2026 đến 06/12/2026)</h1>'
        + '<div class="lct-nut"><button type="button" wire:click="tuanTruoc">&laquo; Tuần trước</button>'
        + '<button type="button" wire:click="tuanNay">Tuần này</button><button type="button" wire:click="tuanSau">Tuần sau &raquo;</button></div>'
        + '<table class="table table-bordered tbl-lct"><thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th>'
        + f"<th>Chủ trì</th></tr></thead><tbody>{trs}</tbody></table></div>"
    )
    return _page(request, "Lịch công tác", main, current="/lich-cong-tac")


def _contact(request: Request) -> Response:
    snap = _snapshot("lien-he", {"hoTen": "", "email": "", "noiDung": ""}, "/lien-he")
    main = (
        _breadcrumb([("Liên hệ", "")])
        + '<h1 class="bv-tieude">Liên hệ</h1>'
        + "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LÂM ĐỒNG</strong><br>Cơ sở 1: Số 2 đường Hùng Vương, phường Xuân Hương - Đà Lạt"
        + "<br>Cơ sở 2: Số 9 đường Nguyễn Văn Cừ, phường 1 Bảo Lộc<br>Cơ sở 3: Số 25 đường Tôn Đức Thắng, phường Phan Thiết"
        + "<br>Điện thoại: 0263.3822.416 - Email: truongchinhtri@lamdong.dcs.vn</p>"
        + f'<form wire:snapshot="{snap}" wire:effects="[]" wire:id="{_h("lh", 20)}" wire:submit="gui">'
        + '<input type="text" wire:model="hoTen" placeholder="Họ và tên"><input type="email" wire:model="email" placeholder="Email">'
        + '<textarea wire:model="noiDung" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>'
        + '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3903" width="100%" height="300" loading="lazy"></iframe>'
    )
    return _page(request, "Liên hệ", main, current="/lien-he")


def _search(request: Request) -> Response:
    q = request.params.get("tu-khoa", "").strip()
    found = [s for s in STORIES if q and (q in s.opts.get("tags", []) or q.lower() in s.title.lower())] if q else []
    cards = "".join(_card(s) for s in sorted(found, key=_local, reverse=True)) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = (
        _breadcrumb([("Tìm kiếm", "")])
        + f'<h2 class="tieu-de-cm">Kết quả tìm kiếm: “{esc(q)}”</h2><div class="ds-bv">{cards}</div>'
    )
    return _page(request, "Tìm kiếm", main, head='<meta name="robots" content="noindex">')


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    entries = [
        ("/", "2026-10-22T01:00:03+00:00", "daily", "1.0"),
        ("/gioi-thieu/lich-su-phat-trien", "2026-10-15T03:12:40+00:00", "monthly", "0.5"),
        ("/gioi-thieu/co-cau-to-chuc", "2026-10-16T02:44:09+00:00", "monthly", "0.5"),
        ("/chuyen-muc/tin-tuc-su-kien", "2026-10-22T01:00:03+00:00", "daily", "0.8"),
        ("/chuyen-muc/dao-tao-boi-duong", "2026-10-22T01:00:03+00:00", "daily", "0.8"),
        (_story_link(S12), "2026-10-21T02:10:44+00:00", "weekly", "0.6"),
        (f"/bai-viet/{_DELETED_SLUG}", "2026-10-18T08:31:27+00:00", "weekly", "0.6"),
        ("/lien-he", "2026-10-12T09:00:00+00:00", "yearly", "0.3"),
    ]
    urls = "".join(
        f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod><changefreq>{c}</changefreq><priority>{pr}</priority></url>\n"
        for p, m, c, pr in entries
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        f"{urls}</urlset>\n"
    )
    return Response(200, xml, {"Content-Type": "text/xml; charset=UTF-8"})


def _admin_login(request: Request) -> Response:
    snap = _snapshot("filament.pages.auth.login", {"data": [{"email": None, "password": None, "remember": False}, {"s": "arr"}]},
                     "/admin/login")
    page = f"""<!DOCTYPE html><html lang="vi" class="fi min-h-screen"><head><meta charset="utf-8">
<meta name="csrf-token" content="{_CSRF}"><title>Đăng nhập - {SCHOOL}</title>
<link href="/css/filament/filament/app.css?v=3.2.131.0" rel="stylesheet"></head>
<body class="fi-body fi-panel-admin min-h-screen"><div class="fi-simple-layout">
<main class="fi-simple-main" wire:snapshot="{snap}" wire:effects="[]" wire:id="{_h("fl", 20)}">
<h1 class="fi-simple-header-heading">Đăng nhập</h1>
<form wire:submit="authenticate" class="fi-form"><input type="email" wire:model="data.email" autocomplete="username">
<input type="password" wire:model="data.password"><label><input type="checkbox" wire:model="data.remember"> Ghi nhớ</label>
<button type="submit" class="fi-btn">Đăng nhập</button></form></main></div>
<script src="/livewire/livewire.min.js?id=cc800bf4" data-csrf="{_CSRF}" data-update-uri="/livewire/update"></script>
</body></html>"""
    return html(page)


_STATIC_PREFIXES = ("/storage/", "/images/", "/build/", "/livewire/", "/css/", "/js/", "/favicon.ico")


class LaravelFilamentTct:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_PREFIXES):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.startswith("/livewire/update"):
                return html("<h1>419 | Page Expired</h1>", status=419)
            return static_file(path)
        if request.method == "POST":
            return html("<h1>419 | Page Expired</h1>", status=419)
        if len(path) > 1 and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        if path == "/":
            return _home(request)
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow: /admin\nDisallow: /livewire\n\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=UTF-8"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/admin":
            return redirect("/admin/login", 302)
        if path == "/admin/login":
            return _admin_login(request)
        parts = path.strip("/").split("/")
        if len(parts) == 2:
            kind, slug = parts
            if kind == "bai-viet" and slug in _BY_SLUG:
                return _article(request, _BY_SLUG[slug])
            if kind == "chuyen-muc" and slug in CATEGORIES:
                return _category(request, slug)
            if kind == "gioi-thieu" and slug in _INTRO:
                return _intro(request, slug)
            if kind == "van-ban" and slug in _DOCS:
                return _doc(request, slug)
            if kind == "thu-vien-anh" and slug == _ALBUM_SLUG:
                return _album(request)
            if kind == "video" and slug == _VIDEO_SLUG:
                return _video(request)
            return None
        single = {
            "/van-ban": _docs_list,
            "/thu-vien-anh": _albums,
            "/video": _videos,
            "/lich-cong-tac": _calendar,
            "/lien-he": _contact,
            "/tim-kiem": _search,
        }
        handler = single.get(path)
        return handler(request) if handler else None


def build_site() -> LaravelFilamentTct:
    return LaravelFilamentTct()


def _gold(s: Story) -> dict:
    path = _story_link(s)
    alts = [f"{path}?print=1"]
    if s.opts.get("featured"):
        alts.append(f"{path}?ref=slider")
    return gold_record(s, path, CATEGORIES[s.cat][0], canonical_path=path, alt_paths=alts)


GOLD: list[dict] = [_gold(s) for s in STORIES]

NON_ARTICLES: list[str] = [
    "/gioi-thieu/lich-su-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/ke-hoach-dao-tao-boi-duong-can-bo-nam-2027",
    "/van-ban/quy-che-chi-tieu-noi-bo-nam-2026",
    f"/thu-vien-anh/{_ALBUM_SLUG}",
    f"/video/{_VIDEO_SLUG}",
    "/lich-cong-tac",
]
