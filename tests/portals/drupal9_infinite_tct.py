"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang on Drupal 9.5, Paragraphs and Views Infinite Scroll.

Imitates the site of a provincial political school as a local agency builds it on Drupal 9.5: a
custom sub-theme of Olivero ("truongchinhtri", ``/themes/custom/truongchinhtri``), Pathauto
aliases, Paragraphs for the article text, Views with the Views Infinite Scroll pager, Blazy and
Slick for photo galleries, the Calendar module's mini calendar, Webform, Simple XML Sitemap, the
core REST module (``?_format=json``) and a "printable" module. What it serves:

- "Bài viết" nodes at ``/tin-tuc/<term>/<pathauto-slug>`` and the very same page at ``/node/<nid>``
  (no Redirect module, so no 301: both answer 200; both print an absolute ``rel=canonical`` to the
  alias and ``rel=shortlink`` to ``/node/<nid>``). The page is Olivero's: ``header.site-header``
  (today's date "Thứ Tư, ngày 25/11/2026", login link, search form, ``nav.primary-nav``),
  ``div.region-breadcrumb nav.breadcrumb`` ("Trang chủ › Tin tức › <term>"), ``main#main-content >
  div.region--content > article.node--type-article.node--view-mode-full``: a header with
  ``h1.title.page-title span.field--name-title`` and ``div.node__meta`` ("Đăng bởi <login>", the
  created date in Drupal's medium format "Thứ Ba, 24/11/2026 - 16:10" inside ``<time datetime>`` in
  UTC, sometimes "Cập nhật: …" (the changed date), "Lượt xem: N"); ``div.node__content`` with the
  sapo field (``field--name-field-sapo``), the Paragraphs field ``field--name-field-noi-dung``
  (``paragraph--type--van-ban`` text, ``--hinh-anh`` one image with its ``field-chu-thich`` line,
  ``--bo-suu-tap-anh`` a Slick/Blazy gallery, ``--trich-dan`` a quotation with its citation,
  ``--tep-dinh-kem`` attached files), then "Tác giả: …" (``field--name-field-tac-gia``), "Ảnh: …"
  (``field--name-field-anh``), "Nguồn: …" (``field--name-field-nguon``), "Từ khóa" tags
  (``/taxonomy/term/<tid>``, the tag vocabulary has no Pathauto pattern), print/share links, a
  "comments are closed" line, then a "Tin cùng chuyên mục" views block with dates. One older node
  (nid 1208) predates Paragraphs: its text is the body field, CKEditor 5 images rendered by
  filter_caption as ``figure > img + figcaption``. Two nodes show a hero cover only as a CSS
  ``background-image``.
- Views: ``/tin-tuc`` (view ``tin_tuc``, display ``page_1``, 6 teasers a page) and the category
  aliases ``/tin-tuc/<term>`` (the core ``taxonomy_term`` view overridden by the theme to 4 cards
  a page, a 2×2 grid), both with the Views Infinite Scroll pager: ``<ul class="js-pager__items
  pager" data-drupal-views-infinite-scroll-pager="automatic">`` holding one "Tải thêm" link
  ``href="?page=N"`` (zero-based; without JavaScript ``?page=N`` renders that page's rows only).
  ``/views/ajax?view_name=…&view_display_id=…&view_args=…&page=N`` answers the Drupal AJAX command
  array (``settings`` + ``insert`` with method ``infiniteScrollInsertView``) that the script would
  fetch; the same view settings are in ``drupalSettings`` on the page. "Hoạt động của Trường" has
  9 articles: ``?page=0,1,2``. ``/taxonomy/term/<tid>`` serves the same list as the alias
  (canonical to the alias); feeds ``/rss.xml`` (10 newest) and ``/taxonomy/term/<tid>/feed``;
  ``/sitemap.xml`` lists every node.
- Non-articles: the front page, ``/gioi-thieu`` and ``/gioi-thieu/co-cau-to-chuc`` (basic pages),
  ``/lien-he`` (a webform), ``/van-ban`` (a document register view) and ``/van-ban/<slug>``
  ("Văn bản" nodes: number, date, signer, PDF; no text), ``/thu-vien-anh`` and
  ``/thu-vien-anh/<slug>`` (photo albums with captions and a date: they look like articles but are
  media albums), ``/user/login`` and ``/user/password``, print views ``/print/node/<nid>``
  (noindex, canonical to the alias), tag pages, the month archive and calendar pages.

Traps: ``?page=N`` past the last page answers 200 with the empty view text "Chưa có tin bài.";
the "Lưu trữ" block links ``/tin-tuc/luu-tru/YYYYMM`` (views contextual filter: any month from
1970 to 2099 answers 200, empty ones say "Chưa có tin bài."); the mini calendar block on every
page links ``/lich/thang/YYYY-MM`` and days with news ``/lich/ngay/YYYY-MM-DD``, and those pages
print "‹ Tháng trước" / "Tháng sau ›" (or day) links that never end (years 1000-9999);
``/node/<nid>`` is the same article as its alias; ``/print/node/<nid>`` repeats each article;
``?_format=json`` on a node answers the REST JSON of the entity (406 elsewhere); ``/views/ajax``
answers JSON; ``/search/node?keys=`` is a search form (GET) with results for any keys. Hard cases:
the Slick gallery is served as rendered in the browser, with ``slick-cloned`` copies of the
slides (one before, all slides plus one after, as Slick's infinite mode makes them) and Blazy's
lazy images (a ``data:`` SVG in ``src``, the real address in ``data-src``); the ``<time
datetime>`` is UTC (the midnight post of 02/11/2026 carries "2026-11-01T17:00:00Z"); a quotation
paragraph whose citation line looks like a source; one article typed in decomposed Unicode (NFD).

Gold (by hand). Articles are the "Bài viết" nodes; ``/node/<nid>`` is their alternative URL
(alt_paths). Judgement calls: the medium date printed in ``node__meta`` is the publication date,
with its time (a printed "- 00:00" is a date only); "Cập nhật: …" is never the date. The sapo field
is the summary and the body's first paragraph; a first text paragraph set wholly in bold (nid
1230, no sapo field) is the summary and stays the first paragraph; nodes without either have no
summary. Body = sapo + text paragraphs, sub-headings and list items in order, plus the quotation
and its citation line as two paragraphs (they are the article's own text); gallery slides are
counted once each (clones ignored) in slide order; image lines without "Ảnh:" and without
parentheses are the captions; a gallery slide or image without a line has caption None; the
"Tệp đính kèm" file names, the hero background and the "Tin cùng chuyên mục" list are not article
content. Authors: the "Tác giả:" field without degrees (ThS., TS.) and without the unit after the
dash; several names are split on ","; an office in that field ("Phòng Tổ chức, Hành chính và Quản
trị") is the author when nothing signs the text; "Tác giả: BBT" credits nobody; a right-aligned
signature at the end of the text ("Tin, ảnh: …", a bare name, "Name - unit") is the author (and
photographer for "Tin, ảnh"); "Đăng bởi bientap/admin/vanphong" credits nobody. "Ảnh: X" in the
photo field gives the photographer. "Nguồn: …" is the source. The category is the term named in
the breadcrumb.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "drupal9_infinite_tct"
PLATFORM = "drupal9"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
FILES = "/sites/default/files"
THEME = "/themes/custom/truongchinhtri"
TODAY_DATE = date(2026, 11, 25)
NEWS_PER_PAGE = 6
TERM_PER_PAGE = 4
EMPTY = "Chưa có tin bài."
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
LOCAL = timezone(timedelta(hours=7))

#: category terms: alias slug -> (tid, printed name)
TERMS: dict[str, tuple[int, str]] = {
    "hoat-dong-cua-truong": (3, "Hoạt động của Trường"),
    "nghien-cuu-trao-doi": (4, "Nghiên cứu - Trao đổi"),
    "thong-bao": (5, "Thông báo"),
}
#: tags ("Từ khóa" vocabulary, no alias): tid -> name
TAGS: dict[int, str] = {
    21: "Lý luận chính trị",
    22: "Bồi dưỡng cán bộ",
    23: "Nhà giáo",
    24: "Chuyển đổi số",
    25: "Xây dựng Đảng",
}


def _itok(seed: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(alphabet[b % 64] for b in hashlib.md5(seed.encode()).digest()[:8])


def styled(style: str, name: str) -> str:
    """An image style derivative as Drupal 9 prints it (``?itok=`` included)."""
    return f"{FILES}/styles/{style}/public/{name}?itok={_itok(style + name)}"


def _img(name: str) -> str:
    return styled("noi_dung_800", name)


def _slide(name: str) -> str:
    return styled("slide_1000x600", name)


# Story.opts: when (local datetime), user (login in node__meta), tac_gia (printed "Tác giả" field
# value), anh (printed "Ảnh" field value), nguon (printed "Nguồn" field value), tags (tids),
# files [(name, bytes)], hero (CSS cover), changed (datetime), legacy (body field, no Paragraphs),
# nfd (text typed decomposed), hot (front-page slideshow).
# P styles: "" text, "bold" (first paragraph wholly bold), "h3", "li", "quote", "cite".
# Img styles: "single" (paragraph hinh-anh), "gallery" (Slick slides), "figure" (legacy body).
STORIES: list[Story] = [
    Story(
        id=1258,
        slug="be-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2024-2026",
        title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2024 - 2026",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-24T16:10:00+07:00",
        summary=(
            "Chiều 24/11/2026, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh"
            " tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 96 học viên lớp Cao cấp lý luận"
            " chính trị hệ không tập trung mở tại Trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau hơn hai năm học tập, các học viên đã hoàn thành chương trình với 11 học phần,"
                " các chuyên đề bổ trợ và đợt nghiên cứu thực tế tại tỉnh Lào Cai. Kết quả tốt"
                " nghiệp có 21 học viên đạt loại giỏi, 75 học viên đạt loại khá; 100% học viên"
                " hoàn thành khóa luận tốt nghiệp đúng thời hạn."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng Nhà trường ghi nhận tinh thần khắc"
                " phục khó khăn của học viên, nhiều đồng chí vừa học vừa đảm nhận nhiệm vụ chủ"
                " chốt ở cấp xã sau sắp xếp đơn vị hành chính, đồng thời đề nghị học viên tiếp tục"
                " tự học, vận dụng sáng tạo kiến thức đã học vào thực tiễn công tác."
            ),
            Img(
                _slide("2026-11/be-giang-cao-cap-1.jpg"),
                "Đồng chí Phó Giám đốc Học viện Chính trị khu vực I trao bằng tốt nghiệp cho học viên",
                "Đồng chí Phó Giám đốc Học viện Chính trị khu vực I trao bằng tốt nghiệp cho học viên",
                "gallery",
            ),
            Img(
                _slide("2026-11/be-giang-cao-cap-2.jpg"),
                "Khen thưởng các học viên có thành tích xuất sắc trong học tập",
                "Khen thưởng các học viên có thành tích xuất sắc trong học tập",
                "gallery",
            ),
            Img(_slide("2026-11/be-giang-cao-cap-3.jpg"), None, None, "gallery"),
            Img(
                _slide("2026-11/be-giang-cao-cap-4.jpg"),
                "Đại biểu và học viên chụp ảnh lưu niệm",
                "Đại biểu và học viên chụp ảnh lưu niệm",
                "gallery",
            ),
            P(
                "Dịp này, Ban Giám đốc Học viện trao giấy khen cho 8 học viên có thành tích xuất"
                " sắc trong học tập và rèn luyện, 3 tập thể chi bộ học viên tiêu biểu."
            ),
        ],
        photographers=["Quang Huy"],
        opts={
            "when": datetime(2026, 11, 24, 16, 10),
            "user": "bientap",
            "tac_gia": "BBT",
            "anh": "Quang Huy",
            "tags": [21, 22],
            "hero": "2026-11/be-giang-cao-cap-hero.jpg",
            "changed": datetime(2026, 11, 25, 9, 12),
            "hot": True,
        },
    ),
    Story(
        id=1255,
        slug="thong-bao-lich-hoc-cac-lop-thang-12-2026",
        title="Thông báo lịch học các lớp tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-23T11:00:00+07:00",
        blocks=[
            P(
                "Phòng Quản lý đào tạo và Nghiên cứu khoa học thông báo lịch học tháng 12/2026 của"
                " các lớp do Trường tổ chức như sau:"
            ),
            P(
                "Lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026 - 2027: học học phần IV"
                " “Những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật” từ ngày"
                " 01/12 đến ngày 19/12/2026 tại cơ sở 1.",
                "li",
            ),
            P(
                "Lớp Trung cấp lý luận chính trị hệ không tập trung mở tại cơ sở 2: học vào thứ"
                " Bảy, Chủ nhật các tuần trong tháng, bắt đầu từ ngày 05/12/2026.",
                "li",
            ),
            P(
                "Lớp Bồi dưỡng ngạch chuyên viên khóa II năm 2026: khai giảng lúc 7 giờ 30 phút"
                " ngày 07/12/2026 tại Hội trường A.",
                "li",
            ),
            P(
                "Đề nghị các đơn vị có học viên tạo điều kiện để học viên tham gia học tập đầy"
                " đủ; học viên xem chi tiết thời khóa biểu trong tệp đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 23, 11, 0),
            "user": "vanphong",
            "files": [("lich-hoc-thang-12-2026.pdf", 186_777), ("thoi-khoa-bieu-k63.pdf", 94_210)],
        },
    ),
    Story(
        id=1251,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-tu-phe-binh-va-phe-binh-trong-xay-dung-dang",
        title=(
            "Vận dụng tư tưởng Hồ Chí Minh về tự phê bình và phê bình trong xây dựng,"
            " chỉnh đốn Đảng hiện nay"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-21T07:45:00+07:00",
        summary=(
            "Tự phê bình và phê bình là quy luật phát triển của Đảng, là vũ khí sắc bén để Đảng"
            " tự làm trong sạch mình. Bài viết làm rõ một số quan điểm của Chủ tịch Hồ Chí Minh"
            " và đề xuất giải pháp vận dụng trong công tác xây dựng Đảng ở cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Quan điểm của Chủ tịch Hồ Chí Minh về tự phê bình và phê bình", "h3"),
            P(
                "Chủ tịch Hồ Chí Minh coi tự phê bình và phê bình là việc làm thường xuyên, “như"
                " mỗi ngày phải rửa mặt”. Theo Người, mục đích của phê bình là để giúp nhau sửa"
                " chữa, giúp nhau tiến bộ, không phải để bới móc hay hạ thấp nhau."
            ),
            P(
                "“Một Đảng mà giấu giếm khuyết điểm của mình là một Đảng hỏng. Một Đảng có gan"
                " thừa nhận khuyết điểm của mình, vạch rõ những cái đó, vì đâu mà có khuyết điểm"
                " đó, xét rõ hoàn cảnh sinh ra khuyết điểm đó, rồi tìm kiếm mọi cách để sửa chữa"
                " khuyết điểm đó. Như thế là một Đảng tiến bộ, mạnh dạn, chắc chắn, chân chính.”",
                "quote",
            ),
            P(
                "Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.301",
                "cite",
            ),
            P("2. Một số giải pháp vận dụng ở tổ chức cơ sở đảng", "h3"),
            P(
                "Một là, nâng cao nhận thức của cấp ủy, đảng viên về vị trí, vai trò của tự phê"
                " bình và phê bình; người đứng đầu phải gương mẫu tự phê bình trước, tiếp thu"
                " phê bình một cách cầu thị."
            ),
            P(
                "Hai là, đổi mới nội dung sinh hoạt chi bộ, gắn tự phê bình và phê bình với việc"
                " kiểm điểm thực hiện nhiệm vụ được giao và các biểu hiện suy thoái về tư tưởng"
                " chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”."
            ),
            P(
                "Ba là, phát huy vai trò giám sát của Nhân dân, Mặt trận Tổ quốc và các đoàn thể"
                " chính trị - xã hội đối với cán bộ, đảng viên ở nơi cư trú."
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "when": datetime(2026, 11, 21, 7, 45),
            "user": "bientap",
            "tac_gia": "ThS. Nguyễn Thị Hồng Nhung - Khoa Xây dựng Đảng",
            "tags": [25, 21],
        },
    ),
    Story(
        id=1247,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-20T09:15:00+07:00",
        summary=(
            "Từ ngày 17 đến 19/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy"
            " giỏi cấp Trường năm 2026 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi thí sinh trình bày một bài giảng lý thuyết trong thời gian 45 phút trước Ban"
                " Giám khảo và học viên lớp Trung cấp lý luận chính trị hệ tập trung. Bài giảng"
                " được đánh giá theo các tiêu chí về nội dung khoa học, phương pháp sư phạm, khả"
                " năng liên hệ thực tiễn địa phương và ứng dụng công nghệ thông tin."
            ),
            Img(
                _img("2026-11/hoi-thi-gvdg-1.jpg"),
                "Ảnh: Ban Giám khảo chấm bài giảng của thí sinh",
                "Ban Giám khảo chấm bài giảng của thí sinh",
                "single",
            ),
            P(
                "Nhiều bài giảng có sự đầu tư công phu, sử dụng các tình huống thực tiễn tại cơ sở"
                " sau khi thực hiện mô hình chính quyền địa phương hai cấp, tạo hứng thú cho học"
                " viên."
            ),
            Img(_img("2026-11/hoi-thi-gvdg-2.jpg"), None, None, "single"),
            P(
                "Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến"
                " khích. Các giảng viên đạt giải Nhất sẽ được lựa chọn tham dự Hội thi giảng viên"
                " dạy giỏi các trường chính trị toàn quốc năm 2027."
            ),
        ],
        authors=["Phạm Minh Đức"],
        photographers=["Hoàng Long"],
        opts={
            "when": datetime(2026, 11, 20, 9, 15),
            "user": "bientap",
            "tac_gia": "Phạm Minh Đức - Phòng Quản lý đào tạo và Nghiên cứu khoa học",
            "anh": "Hoàng Long",
            "tags": [23],
            "hot": True,
        },
    ),
    Story(
        id=1244,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-19T17:30:00+07:00",
        summary=(
            "Sáng 19/11/2026, Trường Chính trị tỉnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam và tuyên dương các nhà giáo tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, lãnh đạo"
                " các sở, ngành, các thế hệ nhà giáo đã nghỉ hưu cùng toàn thể cán bộ, giảng viên,"
                " nhân viên Nhà trường."
            ),
            Img(
                _img("2026-11/ky-niem-20-11-1.jpg"),
                "(Đồng chí Hiệu trưởng Nhà trường ôn lại truyền thống Ngày Nhà giáo Việt Nam)",
                "Đồng chí Hiệu trưởng Nhà trường ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "single",
            ),
            P(
                "Trong năm học 2025 - 2026, đội ngũ giảng viên Nhà trường đã giảng dạy 58 lớp với"
                " hơn 4.200 học viên, hoàn thành 3 đề tài khoa học cấp tỉnh và 12 đề tài cấp"
                " Trường; 100% giảng viên đi thực tế cơ sở theo quy định."
            ),
            Img(
                _slide("2026-11/ky-niem-20-11-2.jpg"),
                "Tặng hoa chúc mừng các thế hệ nhà giáo của Trường",
                "Tặng hoa chúc mừng các thế hệ nhà giáo của Trường",
                "gallery",
            ),
            Img(
                _slide("2026-11/ky-niem-20-11-3.jpg"),
                "Tuyên dương 9 nhà giáo tiêu biểu năm học 2025 - 2026",
                "Tuyên dương 9 nhà giáo tiêu biểu năm học 2025 - 2026",
                "gallery",
            ),
            Img(
                _slide("2026-11/ky-niem-20-11-4.jpg"),
                "Tiết mục văn nghệ chào mừng của Đoàn Thanh niên Nhà trường",
                "Tiết mục văn nghệ chào mừng của Đoàn Thanh niên Nhà trường",
                "gallery",
            ),
            P(
                "Nhân dịp này, Nhà trường trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 4 cán"
                " bộ, giảng viên có nhiều đóng góp cho sự phát triển của Trường."
            ),
            Raw('<p class="text-align-right"><strong>Tin, ảnh: Lan Hương</strong></p>'),
        ],
        authors=["Lan Hương"],
        photographers=["Lan Hương"],
        opts={
            "when": datetime(2026, 11, 19, 17, 30),
            "user": "bientap",
            "tags": [23],
            "hot": True,
        },
    ),
    Story(
        id=1240,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-2026-2027-tai-co-so-2",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2026 - 2027 tại cơ sở 2",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-16T10:00:00+07:00",
        summary=(
            "Ngày 16/11/2026, tại cơ sở 2 (phường Hà Giang 1), Trường Chính trị tỉnh khai giảng"
            " lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2026 - 2027 cho 82 học"
            " viên là cán bộ, công chức các xã phía Bắc của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học được tổ chức trong 10 tháng với 4 học phần, 19 môn học theo chương"
                " trình của Học viện Chính trị quốc gia Hồ Chí Minh. Học viên học tập vào các"
                " ngày cuối tuần để bảo đảm thời gian thực hiện nhiệm vụ chuyên môn tại cơ quan."
            ),
            Img(
                _img("2026-11/khai-giang-tccs-co-so-2.jpg"),
                "Quang cảnh lễ khai giảng",
                "Quang cảnh lễ khai giảng",
                "single",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên chấp hành nghiêm"
                " quy chế, nội quy học tập; phát huy tinh thần tự học, tự nghiên cứu; các khoa"
                " chuyên môn bố trí giảng viên có kinh nghiệm, tăng cường liên hệ thực tiễn vùng"
                " cao biên giới."
            ),
            P("Lớp học đã bầu Ban cán sự lớp và Ban chấp hành chi bộ lâm thời gồm 5 đồng chí."),
        ],
        authors=["Vàng Thị Mai", "Nguyễn Hải Đăng"],
        opts={
            "when": datetime(2026, 11, 16, 10, 0),
            "user": "coso2",
            "tac_gia": "ThS. Vàng Thị Mai, Nguyễn Hải Đăng - Cơ sở 2",
            "tags": [21],
            "nfd": True,
        },
    ),
    Story(
        id=1236,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-10T14:20:00+07:00",
        summary=(
            "Chiều 10/11/2026, Đoàn công tác của Học viện Chính trị khu vực I do đồng chí Phó"
            " Giám đốc Học viện làm trưởng đoàn đã làm việc với Trường Chính trị tỉnh về công tác"
            " phối hợp mở lớp và liên kết đào tạo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi làm việc, lãnh đạo Nhà trường báo cáo kết quả phối hợp tổ chức các lớp"
                " Cao cấp lý luận chính trị hệ không tập trung giai đoạn 2021 - 2026 và nhu cầu"
                " đào tạo của tỉnh trong những năm tới, nhất là đối với cán bộ cấp xã sau sắp xếp."
            ),
            Img(
                _img("2026-11/lam-viec-hvctkv1-1.jpg"),
                "Ảnh: Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc",
                "single",
            ),
            P(
                "Hai bên thống nhất tiếp tục mở lớp Cao cấp lý luận chính trị tại Trường trong"
                " năm 2027; phối hợp tổ chức hội thảo khoa học về công tác đào tạo, bồi dưỡng cán"
                " bộ vùng dân tộc thiểu số và miền núi."
            ),
            Img(
                _img("2026-11/lam-viec-hvctkv1-2.jpg"),
                "Đồng chí Phó Giám đốc Học viện tặng sách cho Thư viện Nhà trường",
                "Đồng chí Phó Giám đốc Học viện tặng sách cho Thư viện Nhà trường",
                "single",
            ),
            P(
                "Dịp này, Đoàn công tác đã thăm phòng truyền thống, thư viện điện tử và hệ thống"
                " phòng học thông minh của Nhà trường."
            ),
        ],
        authors=["Thanh Bình"],
        opts={
            "when": datetime(2026, 11, 10, 14, 20),
            "user": "admin",
            "tac_gia": "Thanh Bình",
            "tags": [21],
            "hero": "2026-11/lam-viec-hvctkv1-hero.jpg",
            "changed": datetime(2026, 11, 12, 8, 5),
            "hot": True,
        },
    ),
    Story(
        id=1233,
        slug="doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri-phat-huy-tinh-tich-cuc-cua-nguoi-hoc",
        title=(
            "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực"
            " của người học"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-05T08:00:00+07:00",
        summary=(
            "Học viên các lớp lý luận chính trị là cán bộ đã có kinh nghiệm thực tiễn; vì vậy,"
            " phương pháp giảng dạy cần chuyển mạnh từ truyền thụ một chiều sang tổ chức cho"
            " người học cùng tham gia phân tích, giải quyết vấn đề."
        ),
        sapo_outside=True,
        blocks=[
            P("Thực trạng", "h3"),
            P(
                "Thời gian qua, phần lớn giảng viên đã chủ động kết hợp thuyết trình với nêu vấn"
                " đề, thảo luận nhóm và sử dụng bài giảng điện tử. Tuy nhiên, ở một số môn học,"
                " thời lượng thuyết trình vẫn chiếm tỷ lệ lớn, việc liên hệ thực tiễn địa phương"
                " còn chung chung."
            ),
            Img(
                _img("2026-11/thao-luan-nhom-tccs.jpg"),
                "Một giờ thảo luận nhóm tại lớp Trung cấp lý luận chính trị hệ tập trung",
                "Một giờ thảo luận nhóm tại lớp Trung cấp lý luận chính trị hệ tập trung",
                "single",
            ),
            P("Một số giải pháp", "h3"),
            P(
                "Xây dựng hệ thống tình huống, bài tập gắn với thực tiễn của tỉnh cho từng học"
                " phần.",
                "li",
            ),
            P(
                "Tăng thời lượng thảo luận, seminar; giao nhiệm vụ nghiên cứu trước cho học viên"
                " qua hệ thống học tập trực tuyến của Trường.",
                "li",
            ),
            P(
                "Đổi mới kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng, giảm yêu cầu"
                " ghi nhớ máy móc.",
                "li",
            ),
            P(
                "Đổi mới phương pháp giảng dạy là yêu cầu thường xuyên, đòi hỏi mỗi giảng viên"
                " không ngừng học tập, đi thực tế cơ sở để bài giảng có sức thuyết phục."
            ),
        ],
        authors=["Lê Văn Thắng", "Trần Thị Thu Hà"],
        opts={
            "when": datetime(2026, 11, 5, 8, 0),
            "user": "bientap",
            "tac_gia": "TS. Lê Văn Thắng, ThS. Trần Thị Thu Hà - Khoa Lý luận cơ sở",
            "tags": [21, 23],
        },
    ),
    Story(
        id=1230,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026",
        title="Hội nghị viên chức, người lao động năm 2026",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-03T08:00:00+07:00",
        summary=(
            "Ngày 02/11/2026, Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động"
            " năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và bàn giải pháp thực"
            " hiện nhiệm vụ năm 2027."
        ),
        blocks=[
            P(
                "Ngày 02/11/2026, Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động"
                " năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và bàn giải pháp thực"
                " hiện nhiệm vụ năm 2027.",
                "bold",
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ chính trị, báo cáo công khai"
                " tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và thảo luận, góp ý sửa"
                " đổi Quy chế chi tiêu nội bộ của Nhà trường."
            ),
            Img(
                _img("2026-11/hoi-nghi-vien-chuc-2026.jpg"),
                "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                "single",
            ),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và"
                " phát động phong trào thi đua năm 2027 với chủ đề “Đoàn kết, đổi mới, nâng cao"
                " chất lượng đào tạo, bồi dưỡng”."
            ),
        ],
        authors=["Phòng Tổ chức, Hành chính và Quản trị"],
        opts={
            "when": datetime(2026, 11, 3, 8, 0),
            "user": "bientap",
            "tac_gia": "Phòng Tổ chức, Hành chính và Quản trị",
        },
    ),
    Story(
        id=1227,
        slug="thong-bao-tuyen-sinh-lop-boi-duong-ngach-chuyen-vien-va-tuong-duong-nam-2026",
        title="Thông báo tuyển sinh lớp bồi dưỡng ngạch chuyên viên và tương đương năm 2026",
        cat="thong-bao",
        published_at="2026-11-02",
        blocks=[
            P(
                "Thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2026 của tỉnh, Trường"
                " Chính trị tỉnh thông báo tuyển sinh lớp bồi dưỡng ngạch chuyên viên và tương"
                " đương (khóa II) như sau:"
            ),
            P(
                "Đối tượng: công chức, viên chức đang giữ ngạch cán sự hoặc tương đương, công chức"
                " cấp xã chưa có chứng chỉ bồi dưỡng ngạch chuyên viên.",
                "li",
            ),
            P("Thời gian học: 6 tuần, dự kiến khai giảng ngày 07/12/2026.", "li"),
            P("Hồ sơ gồm: đơn đăng ký, quyết định cử đi học, bản sao văn bằng cao nhất.", "li"),
            P(
                "Các cơ quan, đơn vị gửi danh sách học viên về Phòng Quản lý đào tạo và Nghiên cứu"
                " khoa học trước ngày 30/11/2026. Điện thoại liên hệ: 0207.3822.415."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 2, 0, 0),
            "user": "vanphong",
            "files": [("mau-don-dang-ky-boi-duong-chuyen-vien.doc", 38_400)],
        },
    ),
    Story(
        id=1221,
        slug="chi-bo-khoa-nha-nuoc-va-phap-luat-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Nhà nước và Pháp luật sinh hoạt chuyên đề quý IV",
        cat="hoat-dong-cua-truong",
        published_at="2026-10-28T16:00:00+07:00",
        summary=(
            "Chi bộ Khoa Nhà nước và Pháp luật vừa tổ chức sinh hoạt chuyên đề quý IV năm 2026"
            " với chủ đề “Nâng cao trách nhiệm nêu gương của đảng viên là giảng viên”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận về những biểu hiện cần khắc phục"
                " trong thực hiện nhiệm vụ giảng dạy, nghiên cứu khoa học; liên hệ trách nhiệm của"
                " bản thân trong việc giữ gìn phẩm chất, uy tín của nhà giáo."
            ),
            Img(_img("2026-10/sinh-hoat-chuyen-de-khoa-nnpl.jpg"), None, None, "single"),
            P(
                "Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để nêu gương"
                " và được kiểm điểm vào kỳ sinh hoạt cuối năm."
            ),
            Raw('<p class="text-align-right"><strong>Minh Tâm</strong></p>'),
        ],
        authors=["Minh Tâm"],
        opts={
            "when": datetime(2026, 10, 28, 16, 0),
            "user": "bientap",
            "tags": [25],
        },
    ),
    Story(
        id=1214,
        slug="boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="hoat-dong-cua-truong",
        published_at="2026-10-15T09:30:00+07:00",
        summary=(
            "Từ ngày 12 đến 15/10/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự"
            " tỉnh tổ chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 120 cán bộ đối"
            " tượng 4."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên được quán triệt những nội dung cơ bản về xây dựng nền quốc phòng toàn"
                " dân, thế trận an ninh nhân dân; công tác bảo vệ chủ quyền lãnh thổ, an ninh biên"
                " giới; phòng, chống “diễn biến hòa bình” trên không gian mạng."
            ),
            Img(
                _slide("2026-10/boi-duong-qpan-1.jpg"),
                "Học viên thực hành bắn súng tiểu liên AK",
                "Học viên thực hành bắn súng tiểu liên AK",
                "gallery",
            ),
            Img(
                _slide("2026-10/boi-duong-qpan-2.jpg"),
                "Báo cáo viên Bộ Chỉ huy Quân sự tỉnh trao đổi chuyên đề",
                "Báo cáo viên Bộ Chỉ huy Quân sự tỉnh trao đổi chuyên đề",
                "gallery",
            ),
            Img(
                _slide("2026-10/boi-duong-qpan-3.jpg"),
                "Bế giảng lớp học",
                "Bế giảng lớp học",
                "gallery",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 68% đạt loại khá, giỏi và"
                " được cấp giấy chứng nhận theo quy định."
            ),
        ],
        authors=["Hà Thị Ngọc Ánh"],
        source="Báo và Phát thanh, Truyền hình Tuyên Quang",
        opts={
            "when": datetime(2026, 10, 15, 9, 30),
            "user": "bientap",
            "tac_gia": "Hà Thị Ngọc Ánh",
            "nguon": "Báo và Phát thanh, Truyền hình Tuyên Quang",
            "tags": [22],
        },
    ),
    Story(
        id=1212,
        slug="nang-cao-chat-luong-nghien-cuu-thuc-te-cua-hoc-vien-trung-cap-ly-luan-chinh-tri",
        title="Nâng cao chất lượng nghiên cứu thực tế của học viên hệ trung cấp lý luận chính trị",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-14T10:20:00+07:00",
        summary=(
            "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình trung cấp lý luận"
            " chính trị, giúp học viên gắn lý luận với thực tiễn và rèn luyện kỹ năng tổng kết"
            " thực tiễn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thực tế cho thấy, một số đợt nghiên cứu thực tế còn nặng về tham quan, báo cáo"
                " thu hoạch của học viên có nội dung sao chép, chưa đề xuất được giải pháp sát với"
                " đơn vị nơi công tác."
            ),
            P(
                "Để khắc phục, cần xây dựng kế hoạch nghiên cứu thực tế gắn với chủ đề cụ thể của"
                " từng học phần; lựa chọn địa bàn có mô hình hay, cách làm mới; phân công giảng"
                " viên hướng dẫn theo nhóm và đánh giá báo cáo thu hoạch theo tiêu chí rõ ràng."
            ),
            P(
                "Đồng thời, cần tăng cường phối hợp giữa Nhà trường với cấp ủy, chính quyền địa"
                " phương nơi học viên đến nghiên cứu, tạo điều kiện để học viên tiếp cận tài liệu,"
                " số liệu và trao đổi với cán bộ cơ sở."
            ),
        ],
        authors=["Lê Thị Thu Trang"],
        source="Tạp chí Giáo dục lý luận",
        opts={
            "when": datetime(2026, 10, 14, 10, 20),
            "user": "bientap",
            "tac_gia": "ThS. Lê Thị Thu Trang - Khoa Lý luận cơ sở",
            "nguon": "Tạp chí Giáo dục lý luận",
            "tags": [21],
        },
    ),
    Story(
        id=1208,
        slug="nha-truong-huong-ung-ngay-chuyen-doi-so-quoc-gia-10-10",
        title="Nhà trường hưởng ứng Ngày Chuyển đổi số quốc gia 10/10",
        cat="hoat-dong-cua-truong",
        published_at="2026-10-10T07:30:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026, Trường Chính trị tỉnh tổ chức"
                " chuỗi hoạt động: tập huấn kỹ năng số cho cán bộ, giảng viên; ra mắt hệ thống"
                " thư viện số và triển khai ứng dụng quản lý học viên trên thiết bị di động."
            ),
            Img(
                _img("2026-10/chuyen-doi-so-thu-vien-so.jpg"),
                "Học viên tra cứu tài liệu trên thư viện số",
                "Học viên tra cứu tài liệu trên thư viện số",
                "figure",
            ),
            P(
                "Thư viện số hiện có hơn 3.500 đầu tài liệu, giáo trình, bài giảng điện tử; học"
                " viên có thể truy cập mọi lúc, mọi nơi bằng tài khoản do Nhà trường cấp."
            ),
            Img(_img("2026-10/chuyen-doi-so-tap-huan.jpg"), None, None, "figure"),
            P(
                "Thời gian tới, Nhà trường tiếp tục số hóa hồ sơ học viên, đưa 100% thủ tục cấp"
                " giấy chứng nhận, xác nhận kết quả học tập lên môi trường mạng."
            ),
            Raw(
                '<p class="text-align-right"><em>Nguyễn Hải Yến - Phòng Quản lý đào tạo và'
                " Nghiên cứu khoa học</em></p>"
            ),
        ],
        authors=["Nguyễn Hải Yến"],
        opts={
            "when": datetime(2026, 10, 10, 7, 30),
            "user": "admin",
            "tags": [24],
            "legacy": True,
        },
    ),
]
_BY_ID = {s.id: s for s in STORIES}
LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def term_name(s: Story) -> str:
    return TERMS[s.cat][1]


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.slug}"


def in_term(slug: str) -> list[Story]:
    return [s for s in LATEST if s.cat == slug]


def tagged(tid: int) -> list[Story]:
    return [s for s in LATEST if tid in s.opts.get("tags", [])]


def in_month(ym: str) -> list[Story]:
    return [s for s in LATEST if s.opts["when"].strftime("%Y%m") == ym]


def on_day(d: date) -> list[Story]:
    return [s for s in LATEST if s.opts["when"].date() == d]


def pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


@dataclass(frozen=True)
class Doc:
    nid: int
    slug: str
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}"

    @property
    def file(self) -> str:
        return f"{FILES}/van-ban/{self.issued:%Y-%m}/{self.slug}.pdf"


DOCS: list[Doc] = [
    Doc(1253, "ke-hoach-mo-lop-nam-2027", "215-KH/TCT", "Kế hoạch", date(2026, 11, 22),
        "Đỗ Văn Khánh", "Kế hoạch mở lớp đào tạo, bồi dưỡng năm 2027"),
    Doc(1238, "quyet-dinh-thanh-lap-hoi-dong-thi-gvdg-2026", "462-QĐ/TCT", "Quyết định",
        date(2026, 11, 12), "Đỗ Văn Khánh", "Quyết định thành lập Hội đồng thi giảng viên dạy giỏi cấp Trường năm 2026"),
    Doc(1225, "quy-che-chi-tieu-noi-bo-2027", "09-QC/TCT", "Quy chế", date(2026, 11, 2),
        "Hoàng Thị Thu", "Quy chế chi tiêu nội bộ năm 2027"),
    Doc(1210, "cong-van-cu-can-bo-di-hoc-tccs-k63", "388-CV/TCT", "Công văn", date(2026, 10, 12),
        "Hoàng Thị Thu", "V/v cử cán bộ đi học lớp Trung cấp lý luận chính trị khóa 2026 - 2027"),
]  # fmt: skip
_DOC_ALIASES = {d.path: d for d in DOCS}
_DOC_BY_ID = {d.nid: d for d in DOCS}


@dataclass(frozen=True)
class Album:
    nid: int
    slug: str
    title: str
    made: date
    intro: str
    photos: tuple[tuple[str, str], ...]

    @property
    def path(self) -> str:
        return f"/thu-vien-anh/{self.slug}"


ALBUMS: list[Album] = [
    Album(1249, "ngay-nha-giao-viet-nam-2026", "Ngày Nhà giáo Việt Nam 20/11/2026", date(2026, 11, 19),
          "Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam của Nhà trường.",
          (("2026-11/album-20-11-1.jpg", "Lãnh đạo Nhà trường chúc mừng các nhà giáo"),
           ("2026-11/album-20-11-2.jpg", "Văn nghệ chào mừng"),
           ("2026-11/album-20-11-3.jpg", "Chụp ảnh lưu niệm"))),
    Album(1205, "khuon-vien-nha-truong", "Khuôn viên Nhà trường", date(2026, 9, 28),
          "Hình ảnh khuôn viên, giảng đường và ký túc xá của Trường tại cơ sở 1 và cơ sở 2.",
          (("2026-09/khuon-vien-1.jpg", "Nhà giảng đường A"),
           ("2026-09/khuon-vien-2.jpg", "Thư viện Nhà trường"),
           ("2026-09/khuon-vien-3.jpg", "Ký túc xá học viên tại cơ sở 2"),
           ("2026-09/khuon-vien-4.jpg", "Sân vận động"))),
]  # fmt: skip
_ALBUM_ALIASES = {a.path: a for a in ALBUMS}

#: basic pages: alias -> (nid, title, paragraphs)
PAGES: dict[str, tuple[int, str, list[str]]] = {
    "/gioi-thieu": (2, "Giới thiệu chung", [
        "Trường Chính trị tỉnh Tuyên Quang là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, chịu"
        " sự chỉ đạo về chuyên môn, nghiệp vụ của Học viện Chính trị quốc gia Hồ Chí Minh.",
        "Nhà trường có chức năng đào tạo, bồi dưỡng lý luận chính trị cho cán bộ lãnh đạo, quản lý"
        " của hệ thống chính trị ở cơ sở; bồi dưỡng cán bộ, công chức, viên chức theo tiêu chuẩn"
        " ngạch, chức danh; nghiên cứu khoa học về lý luận chính trị và tổng kết thực tiễn địa phương.",
        "Sau khi hợp nhất tỉnh năm 2025, Nhà trường có hai cơ sở: cơ sở 1 tại phường Minh Xuân và"
        " cơ sở 2 tại phường Hà Giang 1.",
    ]),
    "/gioi-thieu/co-cau-to-chuc": (3, "Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng và 03 Phó Hiệu trưởng.",
        "Các phòng: Phòng Tổ chức, Hành chính và Quản trị; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
        "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp luật; Khoa Dân vận.",
    ]),
}  # fmt: skip

NEWS_MONTHS = sorted({s.opts["when"].strftime("%Y%m") for s in STORIES}, reverse=True)
NEWS_DAYS = sorted({s.opts["when"].date() for s in STORIES if s.opts["when"].month == 11})
CALENDAR_LINKS = [
    "/lich/thang/2026-10",
    "/lich/thang/2026-11",
    "/lich/thang/2026-12",
    *(f"/lich/ngay/{d:%Y-%m-%d}" for d in NEWS_DAYS),
]

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), term_name(s), alt_paths=[f"/node/{s.id}"]) for s in LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?page={n}" for n in range(1, pages(len(LATEST), NEWS_PER_PAGE))),
    *(f"/tin-tuc/{t}" for t in TERMS),
    *(
        f"/tin-tuc/{t}?page={n}"
        for t in TERMS
        for n in range(1, pages(len(in_term(t)), TERM_PER_PAGE))
    ),
    *(f"/taxonomy/term/{tid}" for tid in TAGS),
    *(
        f"/taxonomy/term/{tid}?page={n}"
        for tid in TAGS
        for n in range(1, pages(len(tagged(tid)), TERM_PER_PAGE))
    ),
    *(f"/tin-tuc/luu-tru/{ym}" for ym in NEWS_MONTHS),
    *(
        f"/tin-tuc/luu-tru/{ym}?page={n}"
        for ym in NEWS_MONTHS
        for n in range(1, pages(len(in_month(ym)), NEWS_PER_PAGE))
    ),
    *CALENDAR_LINKS,
    *PAGES,
    "/lien-he",
    "/van-ban",
    *(d.path for d in DOCS),
    "/thu-vien-anh",
    *(a.path for a in ALBUMS),
    "/user/login",
    "/user/password",
    *(f"/print/node/{s.id}" for s in LATEST),
]


# --------------------------------------------------------------------------- rendering helpers


def _t(value: str, s: Story | None = None) -> str:
    return text(value, nfd=bool(s and s.opts.get("nfd")))


def _nfd(markup: str, s: Story) -> str:
    return unicodedata.normalize("NFD", markup) if s.opts.get("nfd") else markup


def medium(dt: datetime) -> str:
    """Drupal's "medium" date format as this site set it: "Thứ Ba, 24/11/2026 - 16:10"."""
    return f"{WEEKDAYS[dt.weekday()]}, {dt:%d/%m/%Y - %H:%M}"


def _utc(dt: datetime) -> str:
    return dt.replace(tzinfo=LOCAL).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _dom_id(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def _settings_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def _settings(current: str, views: dict | None = None, front: bool = False) -> dict:
    out: dict = {
        "path": {
            "baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": current,
            "currentPathIsAdmin": False, "isFront": front, "currentLanguage": "vi",
        },
        "pluralDelimiter": "\u0003",
        "suppressDeprecationErrors": True,
        "ajaxPageState": {
            "libraries": "blazy/load,core/drupal.ajax,olivero/global-styling,slick/slick.load,"
            "truongchinhtri/global,views/views.ajax,views_infinite_scroll/views-infinite-scroll",
            "theme": "truongchinhtri", "theme_token": None,
        },
        "ajaxTrustedUrl": {"/search/node": True},
        "user": {"uid": 0, "permissionsHash": _dom_id("anonymous")},
    }  # fmt: skip
    if views:
        out["views"] = {"ajax_path": "/views/ajax", "ajaxViews": views}
    return out


def _view_setting(name: str, display: str, args: str, path: str, dom: str) -> dict:
    return {
        f"views_dom_id:{dom}": {
            "view_name": name, "view_display_id": display, "view_args": args,
            "view_path": path, "view_base_path": path.lstrip("/").split("/")[0],
            "view_dom_id": dom, "pager_element": 0,
        }
    }  # fmt: skip


def _thumb(s: Story) -> str:
    first = s.images[0].src.split("?")[0].rsplit("/public/", 1)[1] if s.images else None
    name = first or s.opts.get("hero")
    if not name:
        return f"{THEME}/images/anh-mac-dinh.png"
    return styled("the_tin_360x240", name)


def _teaser_text(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return lead if len(lead) <= 180 else lead[:177].rsplit(" ", 1)[0] + "…"


# --------------------------------------------------------------------------- page chrome


_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"),
                                   ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("/tin-tuc", "Tin tức", [(f"/tin-tuc/{k}", v[1]) for k, v in TERMS.items()]),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]  # fmt: skip


def _nav() -> str:
    items = []
    for href, label, sub in _MENU:
        kids = ""
        if sub:
            kids = (
                '<ul class="menu primary-nav__menu primary-nav__menu--level-2">'
                + "".join(
                    '<li class="primary-nav__menu-item primary-nav__menu-item--level-2">'
                    f'<a href="{h}" class="primary-nav__menu-link primary-nav__menu-link--level-2">'
                    f"{esc(lb)}</a></li>"
                    for h, lb in sub
                )
                + "</ul>"
            )
        items.append(
            '<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1'
            f'{" primary-nav__menu-item--has-children" if sub else ""}">'
            f'<a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">'
            f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(label)}</span></a>'
            f"{kids}</li>"
        )
    return (
        '<nav class="primary-nav" aria-labelledby="block-truongchinhtri-main-menu-menu" id="block-truongchinhtri-main-menu">'
        '<h2 class="visually-hidden" id="block-truongchinhtri-main-menu-menu">Menu chính</h2>'
        '<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">'
        + "".join(items) + "</ul></nav>"
    )  # fmt: skip


def _header() -> str:
    return (
        '<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">'
        '<div class="site-header__top"><div class="container">'
        f'<div class="ngay-hien-tai"><span class="icon-calendar"></span> {TODAY}</div>'
        '<div class="duong-day-nong">Đường dây nóng: <a href="tel:0915226318">0915.226.318</a></div>'
        '<div class="tai-khoan"><a href="/user/login" class="dang-nhap">Đăng nhập</a></div>'
        "</div></div>"
        '<div class="site-header__inner"><div class="container">'
        '<div id="block-truongchinhtri-site-branding" class="site-branding">'
        f'<div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="{THEME}/logo.png" alt="Trang chủ" width="96" height="96" /></a>'
        '<div class="site-branding__text"><div class="site-branding__slogan">ĐẢNG BỘ TỈNH TUYÊN QUANG</div>'
        f'<div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">{SITE.upper()}</a></div></div></div></div>'
        '<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-truongchinhtri-search-form" role="search">'
        '<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">'
        '<div class="js-form-item form-item js-form-type-search form-type-search form-item-keys form-no-label">'
        '<label for="edit-keys" class="visually-hidden">Tìm kiếm</label>'
        '<input title="Nhập từ khóa bạn cần tìm." placeholder="Tìm kiếm..." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" />'
        '</div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
        '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></div></form></div>'
        f"</div></div>{_nav()}</header>"
    )  # fmt: skip


def _breadcrumb(items: list[tuple[str, str]]) -> str:
    lis = "".join(
        f'<li class="breadcrumb__item"><a href="{href}" class="breadcrumb__link">{esc(label)}</a></li>'
        for href, label in [("/", "Trang chủ"), *items]
    )
    return (
        '<div class="region region-breadcrumb region--breadcrumb grid-full layout--pass--content-medium">'
        '<div id="block-truongchinhtri-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
        '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
        '<h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2>'
        f'<div class="breadcrumb__content"><ol class="breadcrumb__list">{lis}</ol></div></nav></div></div>'
    )


def month_grid(y: int, m: int, mini: bool) -> str:
    """The Calendar module's month table; days with news link to their day page."""
    first = date(y, m, 1)
    ndays = monthrange(y, m)[1]
    cells = ['<td class="empty"></td>'] * first.weekday()
    for day in range(1, ndays + 1):
        d = date(y, m, day)
        news = on_day(d)
        cls = "today" if d == TODAY_DATE else ("has-events" if news else "no-entry")
        if news and mini:
            inner = f'<a href="/lich/ngay/{d:%Y-%m-%d}">{day}</a>'
        elif news:
            inner = f'<a href="/lich/ngay/{d:%Y-%m-%d}">{day}</a>' + "".join(
                f'<div class="calendar-item"><a href="{article_path(s)}">{esc(s.title)}</a></div>'
                for s in news
            )
        else:
            inner = str(day)
        cells.append(f'<td class="{cls}"><div class="day">{inner}</div></td>')
    while len(cells) % 7:
        cells.append('<td class="empty"></td>')
    rows = "".join(f"<tr>{''.join(cells[i : i + 7])}</tr>" for i in range(0, len(cells), 7))
    head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    cls = "mini" if mini else "full"
    return (
        f'<table class="calendar-{cls}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    )


def _prev_next_month(y: int, m: int) -> tuple[str | None, str | None]:
    prev = (y, m - 1) if m > 1 else (y - 1, 12)
    nxt = (y, m + 1) if m < 12 else (y + 1, 1)
    fmt = "/lich/thang/{:04d}-{:02d}"
    return (
        fmt.format(*prev) if prev[0] >= 1000 else None,
        fmt.format(*nxt) if nxt[0] <= 9999 else None,
    )


def _mini_calendar() -> str:
    prev, nxt = _prev_next_month(TODAY_DATE.year, TODAY_DATE.month)
    return (
        '<div id="block-truongchinhtri-views-block-lich-tin-bai-block-1" class="block block-views block-views-blocklich-tin-bai-block-1">'
        '<h2 class="block__title">Lịch tin bài</h2><div class="calendar-calendar"><div class="date-nav-wrapper"><div class="date-nav">'
        f'<div class="date-prev"><a href="{prev}" title="Tháng trước" rel="nofollow">‹</a></div>'
        f'<div class="date-heading"><h3><a href="/lich/thang/{TODAY_DATE:%Y-%m}">Tháng {TODAY_DATE:%m/%Y}</a></h3></div>'
        f'<div class="date-next"><a href="{nxt}" title="Tháng sau" rel="nofollow">›</a></div></div></div>'
        f"{month_grid(TODAY_DATE.year, TODAY_DATE.month, True)}</div></div>"
    )  # fmt: skip


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay-dang">({_dmy(s.opts["when"])})</span></li>'
        for s in LATEST[:5]
    )
    archive = "".join(
        f'<li><a href="/tin-tuc/luu-tru/{ym}">Tháng {ym[4:]}/{ym[:4]}</a> ({len(in_month(ym))})</li>'
        for ym in NEWS_MONTHS
    )
    banners = "".join(
        f'<div class="banner"><a href="{href}" target="_blank" rel="noopener"><img src="{FILES}/banner/{img}" alt="{esc(alt)}" /></a></div>'
        for href, img, alt in (
            ("https://hcma.vn", "hoc-vien-ctqg.jpg", "Học viện Chính trị quốc gia Hồ Chí Minh"),
            (
                "https://www.tuyenquang.gov.vn",
                "cong-ttdt-tinh.jpg",
                "Cổng thông tin điện tử tỉnh Tuyên Quang",
            ),
            ("https://www.tapchicongsan.org.vn", "tap-chi-cong-san.jpg", "Tạp chí Cộng sản"),
        )
    )
    return (
        '<aside class="region region--sidebar layout-sidebar-first" role="complementary">'
        '<div id="block-truongchinhtri-views-block-tin-tuc-block-moi" class="block block-views block-views-blocktin-tuc-block-moi">'
        f'<h2 class="block__title">Tin mới</h2><div class="item-list"><ul class="tin-moi">{latest}</ul></div></div>'
        '<div id="block-truongchinhtri-views-block-luu-tru-block-1" class="block block-views block-views-blockluu-tru-block-1">'
        f'<h2 class="block__title">Lưu trữ</h2><div class="item-list"><ul class="views-summary">{archive}</ul></div></div>'
        f"{_mini_calendar()}"
        f'<div id="block-truongchinhtri-lienket" class="block block-block-content lien-ket">{banners}</div>'
        '<div id="block-truongchinhtri-thongketruycap" class="block block-block-content thong-ke">'
        '<h2 class="block__title">Thống kê truy cập</h2><ul class="thong-ke-truy-cap">'
        "<li>Đang trực tuyến: <strong>18</strong></li><li>Hôm nay: <strong>427</strong></li>"
        "<li>Tháng này: <strong>12.846</strong></li><li>Tổng lượt truy cập: <strong>1.386.250</strong></li>"
        "</ul></div></aside>"
    )  # fmt: skip


def _footer() -> str:
    return (
        '<footer class="site-footer"><div class="site-footer__inner container">'
        '<div class="region region--footer-top"><div id="block-truongchinhtri-footer" class="block block-block-content">'
        f'<div class="footer-ten-truong">{SITE.upper()}</div>'
        "<p>Cơ sở 1: Đường Lý Thái Tổ, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Cơ sở 2: Tổ 5, phường Hà Giang 1, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.415 - Đường dây nóng: 0915.226.318 - Email: truongchinhtri@tuyenquang.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Đỗ Văn Khánh - Hiệu trưởng</p>"
        '</div></div><div class="region region--footer-bottom">'
        '<nav class="menu--footer"><ul class="menu"><li><a href="/gioi-thieu">Giới thiệu</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li><li><a href="/rss.xml">RSS</a></li></ul></nav>'
        f'<p class="copyright">© 2026 {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>'
        "</div></div></footer>"
    )


def _page(
    title: str,
    content: str,
    body_class: str,
    *,
    head: str = "",
    crumbs: str = "",
    settings: dict | None = None,
) -> str:
    settings = settings or _settings("node")
    return (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr" prefix="og: https://ogp.me/ns#">\n<head>\n'
        '<meta charset="utf-8" />\n'
        '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />\n'
        '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f'<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />\n'
        '<link rel="alternate" type="application/rss+xml" title="Trường Chính trị tỉnh Tuyên Quang" href="/rss.xml" />\n'
        f"{head}<title>{esc(title)} | {SITE}</title>\n"
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3p0Yxk2X6bTFrpYBxXcA.css?t4x1yq" />\n'
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        f"{_settings_json(settings)}</script>\n"
        '<script src="/sites/default/files/js/js_8nKZtYxr0bq3PjLwHqyxFA.js?t4x1yq"></script>\n'
        f'</head>\n<body class="{body_class}">\n'
        '<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển tới nội dung chính</a>\n'
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">\n'
        f"{_header()}\n"
        '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main">'
        f'<div class="main-content">{crumbs}'
        f'<main id="main-content" role="main" tabindex="-1"><div class="region region--content grid-full layout--pass--content-medium" id="content">'
        '<div data-drupal-messages-fallback class="hidden"></div>'
        f"{content}</div></main></div>{_sidebar()}</div></div>\n{_footer()}\n"
        "</div></div></div>\n</body>\n</html>\n"
    )  # fmt: skip


# --------------------------------------------------------------------------- article


def _van_ban(blocks: list[P | Raw], s: Story) -> str:
    out: list[str] = []
    items: list[str] = []
    for b in blocks:
        if isinstance(b, P) and b.style == "li":
            items.append(f"<li>{_t(b.text, s)}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if isinstance(b, Raw):
            out.append(_nfd(b.html, s))
        elif b.style == "h3":
            out.append(f"<h3>{_t(b.text, s)}</h3>")
        elif b.style == "bold":
            out.append(f"<p><strong>{_t(b.text, s)}</strong></p>")
        else:
            out.append(f"<p>{_t(b.text, s)}</p>")
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return (
        '<div class="paragraph paragraph--type--van-ban paragraph--view-mode--default">'
        '<div class="clearfix text-formatted field field--name-field-van-ban field--type-text-long field--label-hidden field__item">'
        + "\n".join(out) + "</div></div>"
    )  # fmt: skip


def _hinh_anh(img: Img, s: Story) -> str:
    cap = (
        '<div class="field field--name-field-chu-thich field--type-string field--label-hidden field__item">'
        f"{_t(img.printed, s)}</div>"
        if img.printed
        else ""
    )
    return (
        '<div class="paragraph paragraph--type--hinh-anh paragraph--view-mode--default">'
        '<div class="field field--name-field-hinh-anh field--type-image field--label-hidden field__item">'
        f'<img loading="lazy" src="{esc(img.src)}" width="800" height="533" alt="{_t(s.title, s)}" class="image-style-noi-dung-800" />'
        f"</div>{cap}</div>"
    )  # fmt: skip


ACTIVE = ' class="slick-active"'
_BLANK = (
    "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27"
    "%20viewBox%3D%270%200%201000%20600%27%2F%3E"
)


def _slide(img: Img, s: Story, index: int, n: int, clone: bool, gid: str) -> str:
    if clone:
        attrs = f'class="slick__slide slide slide--{index % n} slick-slide slick-cloned" data-slick-index="{index}" id="" aria-hidden="true" tabindex="-1"'
    else:
        state = " slick-current slick-active" if index == 0 else ""
        attrs = (
            f'class="slick__slide slide slide--{index} slick-slide{state}" data-slick-index="{index}"'
            f' aria-hidden="{"false" if index == 0 else "true"}" role="tabpanel" id="slick-slide{gid}{index}"'
            f' aria-describedby="slick-slide-control{gid}{index}" tabindex="{0 if index == 0 else -1}"'
        )
    cap = (
        '<div class="slide__caption"><div class="slide__description">'
        f"{_t(img.printed, s)}</div></div>"
        if img.printed
        else ""
    )
    return (
        f'<div {attrs} style="width: 1000px;"><div class="slide__content">'
        '<div class="media media--blazy media--slick media--image is-b-loading">'
        f'<img class="media__image media__element b-lazy" decoding="async" loading="lazy" src="{_BLANK}"'
        f' data-src="{esc(img.src)}" width="1000" height="600" alt="{_t(s.title, s)}" /></div>'
        f"{cap}</div></div>"
    )  # fmt: skip


def _gallery(imgs: list[Img], s: Story, gid: str) -> str:
    n = len(imgs)
    slides = [_slide(imgs[n - 1], s, -1, n, True, gid)]
    slides += [_slide(img, s, i, n, False, gid) for i, img in enumerate(imgs)]
    slides += [_slide(imgs[i % n], s, n + i, n, True, gid) for i in range(n + 1)]
    dots = "".join(
        f'<li{ACTIVE if i == 0 else ""} role="presentation">'
        f'<button type="button" role="tab" id="slick-slide-control{gid}{i}" aria-controls="slick-slide{gid}{i}">{i + 1}</button></li>'
        for i in range(n)
    )
    width = 1000 * len(slides)
    return (
        '<div class="paragraph paragraph--type--bo-suu-tap-anh paragraph--view-mode--default">'
        '<div class="field field--name-field-anh-bo-suu-tap field--type-image field--label-hidden field__items">'
        f'<div class="slick blazy slick--field slick--field-anh-bo-suu-tap slick--optionset--bo-suu-tap slick--skin--fullwidth slick-initialized slick-slider slick-dotted" data-blazy="" id="slick-{gid}">'
        '<button class="slick-prev slick-arrow" aria-label="Previous" type="button">Trước</button>'
        '<div class="slick-list draggable">'
        f'<div class="slick-track" style="opacity: 1; width: {width}px; transform: translate3d(-1000px, 0px, 0px);">'
        + "".join(slides)
        + '</div></div><button class="slick-next slick-arrow" aria-label="Next" type="button">Sau</button>'
        f'<ul class="slick-dots" role="tablist">{dots}</ul></div></div></div>'
    )  # fmt: skip


def _trich_dan(quote_p: P, cite: P | None, s: Story) -> str:
    foot = (
        f'<footer class="field field--name-field-xuat-xu field--type-string field--label-hidden field__item">{_t(cite.text, s)}</footer>'
        if cite
        else ""
    )
    return (
        '<div class="paragraph paragraph--type--trich-dan paragraph--view-mode--default">'
        '<blockquote class="trich-dan"><div class="clearfix text-formatted field field--name-field-loi-trich field--type-text-long field--label-hidden field__item">'
        f"<p>{_t(quote_p.text, s)}</p></div>{foot}</blockquote></div>"
    )  # fmt: skip


def _files(files: list[tuple[str, int]], s: Story) -> str:
    month = s.opts["when"].strftime("%Y-%m")
    items = "".join(
        '<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf">'
        f'<a href="{FILES}/{month}/{name}" type="application/pdf">{name}</a></span>'
        f' <span class="file__size">({size / 1024:.2f} KB)</span></div>'
        for name, size in files
    )
    return (
        '<div class="paragraph paragraph--type--tep-dinh-kem paragraph--view-mode--default">'
        '<div class="field field--name-field-tep field--type-file field--label-above">'
        f'<div class="field__label">Tệp đính kèm</div><div class="field__items">{items}</div></div></div>'
    )


def _items(parts: list[str]) -> str:
    return "".join(f'<div class="field__item">{p}</div>' for p in parts)


def _noi_dung(s: Story) -> str:
    parts: list[str] = []
    text_run: list[P | Raw] = []
    gallery: list[Img] = []
    blocks = list(s.blocks)

    def flush() -> None:
        if text_run:
            parts.append(_van_ban(list(text_run), s))
            text_run.clear()
        if gallery:
            parts.append(_gallery(list(gallery), s, f"{s.id}{len(parts)}"))
            gallery.clear()

    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "gallery":
            if text_run:
                parts.append(_van_ban(list(text_run), s))
                text_run.clear()
            gallery.append(b)
        elif isinstance(b, Img):
            flush()
            parts.append(_hinh_anh(b, s))
        elif isinstance(b, P) and b.style == "quote":
            flush()
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            cite = nxt if isinstance(nxt, P) and nxt.style == "cite" else None
            parts.append(_trich_dan(b, cite, s))
            i += 1 if cite else 0
        else:
            if gallery:
                flush()
            text_run.append(b)
        i += 1
    flush()
    if s.opts.get("files"):
        parts.append(_files(s.opts["files"], s))
    return (
        '<div class="field field--name-field-noi-dung field--type-entity-reference-revisions field--label-hidden field__items">'
        + _items(parts) + "</div>"
    )  # fmt: skip


def _legacy_body(s: Story) -> str:
    out = []
    for b in s.blocks:
        if isinstance(b, Img):
            tag = (
                f'<img alt="" data-entity-type="file" data-entity-uuid="{_dom_id(b.src)[:8]}-{_dom_id(b.src)[8:12]}-4{_dom_id(b.src)[13:16]}-a{_dom_id(b.src)[17:20]}-{_dom_id(b.src)[20:32]}"'
                f' src="{esc(b.src)}" width="800" height="533" loading="lazy"'
            )
            if b.printed:
                out.append(
                    f'<figure role="group" class="caption caption-img align-center">{tag} /><figcaption>{_t(b.printed, s)}</figcaption></figure>'
                )
            else:
                out.append(f'{tag} class="align-center" />')
        elif isinstance(b, Raw):
            out.append(_nfd(b.html, s))
        else:
            out.append(f"<p>{_t(b.text, s)}</p>")
    return (
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
        + "\n".join(out) + "</div>"
    )  # fmt: skip


def _field(name: str, label: str, value: str) -> str:
    return (
        f'<div class="field field--name-field-{name} field--type-string field--label-inline clearfix">'
        f'<div class="field__label">{label}</div><div class="field__item">{value}</div></div>'
    )


def _related(s: Story) -> str:
    others = [o for o in in_term(s.cat) if o.id != s.id][:5]
    lis = "".join(
        f'<li><a href="{article_path(o)}" hreflang="vi">{esc(o.title)}</a> <span class="ngay">({_dmy(o.opts["when"])})</span></li>'
        for o in others
    )
    return (
        '<div class="views-element-container block block-views block-views-blocktin-tuc-block-cung-chuyen-muc" id="block-truongchinhtri-tin-cung-chuyen-muc">'
        f'<h2 class="block__title">Tin cùng chuyên mục</h2><div class="view view-tin-tuc view-id-tin_tuc view-display-id-block_cung_chuyen_muc"><div class="item-list"><ul>{lis}</ul></div></div></div>'
    )  # fmt: skip


def _article_node(s: Story) -> str:
    w: datetime = s.opts["when"]
    meta = [
        '<span class="node__author">Đăng bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden">'
        f'<span class="username">{s.opts["user"]}</span></span></span>',
        f'<span class="node__date"><time datetime="{_utc(w)}" title="{WEEKDAYS[w.weekday()]}, {w.day} Tháng {w.month}, {w.year} - {w:%H:%M}">{medium(w)}</time></span>',
    ]  # fmt: skip
    if s.opts.get("changed"):
        meta.append(f'<span class="node__changed">Cập nhật: {medium(s.opts["changed"])}</span>')
    meta.append(f'<span class="node__statistics">Lượt xem: {s.views()}</span>')
    hero = (
        f'<div class="node__hero" style="background-image: url(\'{styled("hero_1600x600", s.opts["hero"])}\');"></div>'
        if s.opts.get("hero")
        else ""
    )
    content = []
    if s.summary and s.sapo_outside:
        content.append(
            '<div class="clearfix text-formatted field field--name-field-sapo field--type-text-long field--label-hidden field__item">'
            f"<p>{_t(s.summary, s)}</p></div>"
        )
    content.append(_legacy_body(s) if s.opts.get("legacy") else _noi_dung(s))
    if s.opts.get("tac_gia"):
        content.append(_field("tac-gia", "Tác giả:", _t(s.opts["tac_gia"], s)))
    if s.opts.get("anh"):
        content.append(_field("anh", "Ảnh:", _t(s.opts["anh"], s)))
    if s.opts.get("nguon"):
        content.append(_field("nguon", "Nguồn:", _t(s.opts["nguon"], s)))
    if s.opts.get("tags"):
        tags = "".join(
            f'<div class="field__item"><a href="/taxonomy/term/{tid}" hreflang="vi">{esc(TAGS[tid])}</a></div>'
            for tid in s.opts["tags"]
        )
        content.append(
            '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix">'
            f'<div class="field__label">Từ khóa:</div><div class="field__items">{tags}</div></div>'
        )
    share = quote(f"https://truongchinhtri.tuyenquang.gov.vn{article_path(s)}", safe="")
    content.append(
        '<div class="node__links"><ul class="links inline">'
        f'<li class="print-html"><a href="/print/node/{s.id}" title="Hiển thị bản in của bài viết" rel="nofollow">In bài viết</a></li>'
        f'<li class="share-facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">Chia sẻ Facebook</a></li>'
        f'<li class="share-zalo"><a href="https://sp.zalo.me/share_inline?u={share}" target="_blank" rel="noopener">Zalo</a></li>'
        "</ul></div>"
    )  # fmt: skip
    return (
        f'<article data-history-node-id="{s.id}" role="article" about="{article_path(s)}"'
        f' class="node node--type-article{" node--promoted" if s.opts.get("hot") else ""} node--view-mode-full">'
        f'{hero}<header class="node__header"><h1 class="title page-title">'
        f'<span class="field field--name-title field--type-string field--label-hidden">{_t(s.title, s)}</span></h1>'
        f'<div class="node__meta">{" ".join(meta)}</div></header>'
        f'<div class="node__content">{"".join(content)}</div>'
        '<section class="comments comments--closed"><p class="comments__closed">Bài viết này đã đóng chức năng bình luận.</p></section>'
        "</article>"
    )  # fmt: skip


def _article(s: Story, base: str) -> str:
    alias = article_path(s)
    w = s.opts["when"]
    desc = esc(s.summary or _teaser_text(s))
    head = (
        f'<meta name="description" content="{desc}" />\n'
        f'<link rel="canonical" href="{base}{alias}" />\n<link rel="shortlink" href="{base}/node/{s.id}" />\n'
        f'<meta property="og:site_name" content="{SITE}" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base}{alias}" />\n<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="article:published_time" content="{w:%Y-%m-%dT%H:%M:%S}+0700" />\n'
    )  # fmt: skip
    main = (
        '<div id="block-truongchinhtri-page-title" class="block block-core block-page-title-block"></div>'
        '<div id="block-truongchinhtri-content" class="block block-system block-system-main-block">'
        f"{_article_node(s)}</div>{_related(s)}"
    )
    crumbs = _breadcrumb([("/tin-tuc", "Tin tức"), (f"/tin-tuc/{s.cat}", term_name(s))])
    return _page(
        s.title,
        main,
        "path-node page-node-type-article",
        head=head,
        crumbs=crumbs,
        settings=_settings(f"node/{s.id}"),
    )


def _print(s: Story, base: str) -> str:
    w = s.opts["when"]
    body = "".join(f"<p>{esc(p)}</p>" for p in s.paragraphs)
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8" />'
        '<meta name="robots" content="noindex, nofollow" />'
        f'<link rel="canonical" href="{base}{article_path(s)}" />'
        f"<title>{esc(s.title)} | {SITE}</title>"
        '<link rel="stylesheet" href="/modules/contrib/printable/css/printable.css" /></head>'
        f'<body class="printable"><div class="print-logo"><img src="{THEME}/logo.png" alt="{SITE}" /></div>'
        f'<div class="print-site-name">{SITE}</div><hr />'
        f'<h1 class="print-title">{esc(s.title)}</h1><div class="print-created">{medium(w)}</div>'
        f'<div class="print-content">{body}</div><hr />'
        f'<div class="print-footer">Địa chỉ bài viết: {base}{article_path(s)}</div>'
        '<script>window.print();</script></body></html>'
    )  # fmt: skip


def _rest_json(s: Story, base: str) -> str:
    w = s.opts["when"]
    data = {
        "nid": [{"value": s.id}],
        "uuid": [{"value": _dom_id("uuid", s.id)[:36]}],
        "langcode": [{"value": "vi"}],
        "type": [{"target_id": "article", "target_type": "node_type"}],
        "status": [{"value": True}],
        "title": [{"value": s.title}],
        "created": [{"value": w.replace(tzinfo=LOCAL).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                     "format": "Y-m-d\\TH:i:sP"}],
        "promote": [{"value": bool(s.opts.get("hot"))}],
        "path": [{"alias": article_path(s), "pid": s.id + 300, "langcode": "vi"}],
        "field_sapo": [{"value": f"<p>{s.summary}</p>", "format": "basic_html"}] if s.sapo_outside else [],
        "field_chuyen_muc": [{"target_id": TERMS[s.cat][0], "target_type": "taxonomy_term",
                              "url": f"{base}/tin-tuc/{s.cat}"}],
        "field_noi_dung": [] if s.opts.get("legacy") else [
            {"target_id": s.id * 10 + n, "target_revision_id": s.id * 10 + n + 5000,
             "target_type": "paragraph"} for n in range(3)
        ],
    }  # fmt: skip
    return json.dumps(data, ensure_ascii=False).replace("/", "\\/")


# --------------------------------------------------------------------------- listings


def _teaser(s: Story) -> str:
    href = article_path(s)
    return (
        f'<div class="views-row"><article data-history-node-id="{s.id}" role="article" about="{href}" class="node node--type-article node--view-mode-teaser">'
        f'<div class="node__thumb"><a href="{href}"><img loading="lazy" src="{esc(_thumb(s))}" width="360" height="240" alt="{esc(s.title)}" class="image-style-the-tin-360x240" /></a></div>'
        f'<header class="node__header"><h2 class="node__title"><a href="{href}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(s.title)}</span></a></h2>'
        f'<div class="node__meta"><span class="node__date">{_dmy(s.opts["when"])}</span> <span class="node__term">{esc(term_name(s))}</span></div></header>'
        f'<div class="node__content"><div class="node__summary">{esc(_teaser_text(s))}</div></div></article></div>'
    )  # fmt: skip


def _view_html(name: str, display: str, stories: list[Story], page: int, per: int, dom: str) -> str:
    rows = stories[page * per : (page + 1) * per] if page >= 0 else []
    if rows:
        content = (
            '<div class="view-content"><div class="views-infinite-scroll-content-wrapper clearfix">'
            + "".join(_teaser(s) for s in rows)
            + "</div></div>"
        )
    else:
        content = f'<div class="view-empty"><p>{EMPTY}</p></div>'
    pager = ""
    if rows and (page + 1) * per < len(stories):
        pager = (
            '<ul class="js-pager__items pager" data-drupal-views-infinite-scroll-pager="automatic">'
            f'<li class="pager__item"><a class="button" href="?page={page + 1}" title="Tải thêm" rel="next">Tải thêm</a></li></ul>'
        )
    return (
        f'<div class="view view-{name.replace("_", "-")} view-id-{name} view-display-id-{display} js-view-dom-id-{dom}">'
        f"{content}{pager}</div>"
    )


def _listing(
    path: str,
    title: str,
    stories: list[Story],
    page: int,
    per: int,
    view: tuple[str, str, str],
    crumbs: list[tuple[str, str]],
    *,
    base: str,
    canonical: str | None = None,
    header: str = "",
    feed: str | None = None,
) -> str:
    name, display, args = view
    dom = _dom_id(name, display, args)
    body = _view_html(name, display, stories, page, per, dom)
    feed_link = (
        f'<a href="{feed}" class="feed-icon">Đăng ký nhận tin RSS: {esc(title)}</a>' if feed else ""
    )
    main = (
        f'<div id="block-truongchinhtri-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">{esc(title)}</h1></div>'
        f'<div id="block-truongchinhtri-content" class="block block-system block-system-main-block"><div class="views-element-container">{header}{body}</div>{feed_link}</div>'
    )  # fmt: skip
    head = f'<link rel="canonical" href="{base}{canonical or path}" />\n'
    if feed:
        head += f'<link rel="alternate" type="application/rss+xml" title="{esc(title)}" href="{base}{feed}" />\n'
    settings = _settings(path.lstrip("/"), _view_setting(name, display, args, path, dom))
    return _page(
        title,
        main,
        "path-taxonomy" if name == "taxonomy_term" else "path-tin-tuc",
        head=head,
        crumbs=_breadcrumb(crumbs),
        settings=settings,
    )


def _page_no(params: dict[str, str]) -> int:
    try:
        return max(0, int(params.get("page", "0") or 0))
    except ValueError:
        return 0


def _view_stories(name: str, args: str) -> tuple[list[Story], int] | None:
    """Rows and items per page of a view display, by the view's name and contextual argument."""
    if name == "tin_tuc":
        return LATEST, NEWS_PER_PAGE
    if name == "taxonomy_term" and args.isdigit():
        tid = int(args)
        for slug, (t, _) in TERMS.items():
            if t == tid:
                return in_term(slug), TERM_PER_PAGE
        if tid in TAGS:
            return tagged(tid), TERM_PER_PAGE
    if name == "luu_tru" and _valid_month(args):
        return in_month(args), NEWS_PER_PAGE
    return None


def _valid_month(ym: str) -> bool:
    return bool(re.fullmatch(r"(19[7-9]\d|20\d\d)(0[1-9]|1[0-2])", ym))


def _views_ajax(params: dict[str, str]) -> Response:
    name = params.get("view_name", "")
    display = params.get("view_display_id", "")
    args = params.get("view_args", "")
    found = _view_stories(name, args) if display == "page_1" else None
    if found is None:
        return Response(
            404,
            json.dumps({"message": "The requested page could not be found."}),
            {"Content-Type": "application/json"},
        )
    stories, per = found
    dom = params.get("view_dom_id") or _dom_id(name, display, args)
    data = _view_html(name, display, stories, _page_no(params), per, dom)
    commands = [
        {"command": "settings", "settings": _settings("views/ajax"), "merge": True},
        {
            "command": "insert",
            "method": "infiniteScrollInsertView",
            "selector": f".js-view-dom-id-{dom}",
            "data": data,
            "settings": None,
        },
    ]
    return Response(
        200,
        json.dumps(commands, ensure_ascii=True).replace("/", "\\/"),
        {"Content-Type": "application/json", "X-Drupal-Ajax-Token": "1"},
    )


def _archive(ym: str, page: int, base: str) -> str:
    label = f"Tháng {ym[4:]}/{ym[:4]}"
    return _listing(f"/tin-tuc/luu-tru/{ym}", f"Lưu trữ: {label}", in_month(ym), page,
                    NEWS_PER_PAGE, ("luu_tru", "page_1", ym), [("/tin-tuc", "Tin tức")], base=base)  # fmt: skip


def _calendar_month(y: int, m: int) -> str:
    prev, nxt = _prev_next_month(y, m)
    nav = "".join(
        [
            f'<li class="date-prev"><a href="{prev}" title="Tháng trước" rel="nofollow">‹ Tháng trước</a></li>' if prev else "",
            f'<li class="date-next"><a href="{nxt}" title="Tháng sau" rel="nofollow">Tháng sau ›</a></li>' if nxt else "",
        ]
    )  # fmt: skip
    main = (
        f'<div class="block block-core block-page-title-block"><h1 class="title page-title">Lịch tin bài tháng {m:02d}/{y}</h1></div>'
        '<div class="block block-system block-system-main-block"><div class="view view-lich-tin-bai view-id-lich_tin_bai view-display-id-page_month">'
        f'<div class="date-nav-wrapper"><ul class="pager">{nav}</ul></div>'
        f'<div class="calendar-calendar">{month_grid(y, m, False)}</div></div></div>'
    )  # fmt: skip
    return _page(f"Lịch tin bài tháng {m:02d}/{y}", main, "path-lich",
                 crumbs=_breadcrumb([]), settings=_settings(f"lich/thang/{y:04d}-{m:02d}"))  # fmt: skip


def _calendar_day(d: date) -> str:
    links = []
    if d > date(1000, 1, 1):
        links.append(
            f'<li class="date-prev"><a href="/lich/ngay/{d - timedelta(days=1):%Y-%m-%d}" rel="nofollow">‹ Ngày trước</a></li>'
        )
    if d < date(9999, 12, 31):
        links.append(
            f'<li class="date-next"><a href="/lich/ngay/{d + timedelta(days=1):%Y-%m-%d}" rel="nofollow">Ngày sau ›</a></li>'
        )
    news = on_day(d)
    rows = "".join(_teaser(s) for s in news) or f'<div class="view-empty"><p>{EMPTY}</p></div>'
    main = (
        f'<div class="block block-core block-page-title-block"><h1 class="title page-title">Tin bài ngày {_dmy(d)}</h1></div>'
        '<div class="block block-system block-system-main-block"><div class="view view-lich-tin-bai view-id-lich_tin_bai view-display-id-page_day">'
        f'<div class="date-nav-wrapper"><ul class="pager">{"".join(links)}</ul></div>'
        f'<div class="view-content">{rows}</div>'
        f'<p class="back"><a href="/lich/thang/{d:%Y-%m}">Xem cả tháng {d:%m/%Y}</a></p></div></div>'
    )  # fmt: skip
    return _page(f"Tin bài ngày {_dmy(d)}", main, "path-lich",
                 crumbs=_breadcrumb([]), settings=_settings(f"lich/ngay/{d:%Y-%m-%d}"))  # fmt: skip


# --------------------------------------------------------------------------- other pages


def _front() -> str:
    hot = [s for s in LATEST if s.opts.get("hot")][:3]
    slides = "".join(
        f'<div class="slide"><a href="{article_path(s)}"><img src="{esc(styled("slide_trang_chu", _thumb(s).split("/public/")[-1].split("?")[0]))}" alt="{esc(s.title)}" /></a>'
        f'<div class="slide__caption"><a href="{article_path(s)}">{esc(s.title)}</a></div></div>'
        for s in hot
    )
    newest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">{_dmy(s.opts["when"])}</span></li>'
        for s in LATEST[:6]
    )
    terms = "".join(
        f'<section class="khoi-chuyen-muc"><h2 class="block__title"><a href="/tin-tuc/{slug}">{esc(label)}</a></h2><ul>'
        + "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({_dmy(s.opts["when"])})</span></li>'
            for s in in_term(slug)[:3]
        )
        + f'</ul><a class="xem-them" href="/tin-tuc/{slug}">Xem thêm</a></section>'
        for slug, (_, label) in TERMS.items()
    )
    docs = "".join(
        f'<li><a href="{d.path}">{esc(d.number)}: {esc(d.abstract)}</a></li>' for d in DOCS[:3]
    )
    albums = "".join(
        f'<div class="album"><a href="{a.path}"><img src="{styled("the_tin_360x240", a.photos[0][0])}" alt="{esc(a.title)}" /></a>'
        f'<a href="{a.path}">{esc(a.title)}</a></div>'
        for a in ALBUMS
    )
    main = (
        '<div class="block block-views block-views-blocktin-noi-bat-block-1"><h2 class="visually-hidden">Tin nổi bật</h2>'
        f'<div class="slick slick--view slick--optionset--trang-chu">{slides}</div></div>'
        f'<div class="block block-views block-views-blocktin-tuc-block-moi-nhat"><h2 class="block__title">Tin mới nhất</h2><ul>{newest}</ul>'
        '<a class="xem-tat-ca" href="/tin-tuc">Xem tất cả tin tức</a></div>'
        f"{terms}"
        f'<div class="block block-views block-views-blockvan-ban-block-1"><h2 class="block__title">Văn bản mới</h2><ul>{docs}</ul>'
        '<a href="/van-ban">Xem tất cả văn bản</a></div>'
        f'<div class="block block-views block-views-blockthu-vien-anh-block-1"><h2 class="block__title">Thư viện ảnh</h2>{albums}'
        '<a href="/thu-vien-anh">Xem thêm</a></div>'
    )  # fmt: skip
    return _page("Trang chủ", main, "path-frontpage", settings=_settings("node", front=True))


def _simple(title: str, inner: str, body_class: str, crumbs: list[tuple[str, str]], current: str,
            head: str = "") -> str:  # fmt: skip
    main = (
        f'<div id="block-truongchinhtri-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">{esc(title)}</h1></div>'
        f'<div id="block-truongchinhtri-content" class="block block-system block-system-main-block">{inner}</div>'
    )
    return _page(title, main, body_class, head=head, crumbs=_breadcrumb(crumbs),
                 settings=_settings(current))  # fmt: skip


def _basic(path: str, base: str) -> str:
    nid, title, paras = PAGES[path]
    inner = (
        f'<article data-history-node-id="{nid}" role="article" about="{path}" class="node node--type-page node--view-mode-full">'
        '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div></div></article>"
    )
    head = f'<link rel="canonical" href="{base}{path}" />\n<link rel="shortlink" href="{base}/node/{nid}" />\n'
    crumbs = [("/gioi-thieu", "Giới thiệu")] if path != "/gioi-thieu" else []
    return _simple(title, inner, "path-node page-node-type-page", crumbs, f"node/{nid}", head)


def _contact() -> str:
    inner = (
        '<div class="contact-info"><p>Trường Chính trị tỉnh Tuyên Quang - Cơ sở 1: Đường Lý Thái Tổ, phường Minh Xuân, tỉnh Tuyên Quang.</p>'
        "<p>Điện thoại: 0207.3822.415 - Email: truongchinhtri@tuyenquang.gov.vn</p></div>"
        '<form class="webform-submission-form webform-submission-add-form webform-submission-lien-he-form" data-drupal-selector="webform-submission-lien-he-add-form" action="/lien-he" method="post" id="webform-submission-lien-he-add-form" accept-charset="UTF-8">'
        '<div class="js-form-item form-item js-form-type-textfield form-item-ho-ten"><label for="edit-ho-ten" class="js-form-required form-required">Họ và tên</label>'
        '<input data-drupal-selector="edit-ho-ten" type="text" id="edit-ho-ten" name="ho_ten" value="" size="60" maxlength="255" class="form-text required" required="required" /></div>'
        '<div class="js-form-item form-item js-form-type-email form-item-email"><label for="edit-email">Email</label>'
        '<input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email" /></div>'
        '<div class="js-form-item form-item js-form-type-textarea form-item-noi-dung"><label for="edit-noi-dung" class="js-form-required form-required">Nội dung</label>'
        '<textarea data-drupal-selector="edit-noi-dung" id="edit-noi-dung" name="noi_dung" rows="5" cols="60" class="form-textarea required" required="required"></textarea></div>'
        '<input data-drupal-selector="form-lh1" type="hidden" name="form_build_id" value="form-lH1cQm8hV0u3pJx2FkzRk" />'
        '<input data-drupal-selector="edit-webform-submission-lien-he-add-form" type="hidden" name="form_id" value="webform_submission_lien_he_add_form" />'
        '<div class="form-actions webform-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" id="edit-actions-submit" name="op" value="Gửi liên hệ" /></div></form>'
    )  # fmt: skip
    return _simple("Liên hệ", inner, "path-node page-node-type-webform", [], "node/4")


def _docs_register() -> str:
    rows = "".join(
        f'<tr><td class="views-field views-field-field-so-hieu"><a href="{d.path}">{esc(d.number)}</a></td>'
        f'<td class="views-field views-field-field-ngay-ban-hanh"><time datetime="{d.issued:%Y-%m-%d}T12:00:00Z">{_dmy(d.issued)}</time></td>'
        f'<td class="views-field views-field-title"><a href="{d.path}">{esc(d.abstract)}</a></td>'
        f'<td class="views-field views-field-field-loai">{esc(d.kind)}</td></tr>'
        for d in DOCS
    )
    inner = (
        '<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1">'
        '<div class="view-content"><table class="views-table views-view-table cols-4"><thead><tr>'
        "<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Loại văn bản</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div></div></div>"
    )
    return _simple("Văn bản", inner, "path-van-ban", [], "van-ban")


def _doc_page(d: Doc, base: str) -> str:
    size = 120_000 + d.nid * 13
    fields = "".join(
        _field(name, label, value)
        for name, label, value in (
            ("so-hieu", "Số/Ký hiệu:", esc(d.number)),
            ("ngay-ban-hanh", "Ngày ban hành:", _dmy(d.issued)),
            ("loai-van-ban", "Loại văn bản:", esc(d.kind)),
            ("nguoi-ky", "Người ký:", esc(d.signer)),
            ("trich-yeu", "Trích yếu:", esc(d.abstract)),
        )
    )
    file = (
        '<div class="field field--name-field-tep-van-ban field--type-file field--label-above"><div class="field__label">Tệp văn bản</div>'
        f'<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="{d.file}" type="application/pdf">{d.file.rsplit("/", 1)[1]}</a></span>'
        f' <span class="file__size">({size / 1024:.2f} KB)</span></div></div>'
    )  # fmt: skip
    inner = (
        f'<article data-history-node-id="{d.nid}" role="article" about="{d.path}" class="node node--type-van-ban node--view-mode-full">'
        f'<div class="node__content">{fields}{file}</div></article>'
    )
    head = f'<link rel="canonical" href="{base}{d.path}" />\n<link rel="shortlink" href="{base}/node/{d.nid}" />\n'
    return _simple(d.abstract, inner, "path-node page-node-type-van-ban", [("/van-ban", "Văn bản")],
                   f"node/{d.nid}", head)  # fmt: skip


def _albums() -> str:
    cards = "".join(
        f'<div class="views-row"><div class="album-card"><a href="{a.path}"><img loading="lazy" src="{styled("the_tin_360x240", a.photos[0][0])}" alt="{esc(a.title)}" /></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="so-anh">{len(a.photos)} ảnh</span></div></div>'
        for a in ALBUMS
    )
    inner = f'<div class="views-element-container"><div class="view view-thu-vien-anh view-id-thu_vien_anh view-display-id-page_1"><div class="view-content">{cards}</div></div></div>'
    return _simple("Thư viện ảnh", inner, "path-thu-vien-anh", [], "thu-vien-anh")


def _album(a: Album, base: str) -> str:
    photos = "".join(
        f'<figure class="media media--type-image"><a href="{FILES}/{name}" data-colorbox-gallery="album-{a.nid}">'
        f'<img loading="lazy" src="{styled("album_480", name)}" alt="{esc(cap)}" /></a><figcaption>{esc(cap)}</figcaption></figure>'
        for name, cap in a.photos
    )
    made = datetime(a.made.year, a.made.month, a.made.day, 15, 0)
    inner = (
        f'<article data-history-node-id="{a.nid}" role="article" about="{a.path}" class="node node--type-album-anh node--view-mode-full">'
        f'<div class="node__meta"><span class="node__date">{medium(made)}</span></div>'
        f'<div class="node__content"><div class="field field--name-field-mo-ta">{esc(a.intro)}</div>'
        f'<div class="field field--name-field-anh-album field--type-entity-reference field__items gallery-grid">{photos}</div></div></article>'
    )  # fmt: skip
    head = f'<link rel="canonical" href="{base}{a.path}" />\n<link rel="shortlink" href="{base}/node/{a.nid}" />\n'
    return _simple(a.title, inner, "path-node page-node-type-album-anh", [("/thu-vien-anh", "Thư viện ảnh")],
                   f"node/{a.nid}", head)  # fmt: skip


def _tabs(active: str) -> str:
    tabs = [("/user/login", "Đăng nhập"), ("/user/password", "Đặt lại mật khẩu")]
    return '<nav class="tabs" role="navigation"><ul class="tabs--primary tabs">' + "".join(
        f'<li class="tabs__tab{" is-active" if h == active else ""}"><a href="{h}" class="tabs__link">{lb}</a></li>'
        for h, lb in tabs
    ) + "</ul></nav>"  # fmt: skip


def _login() -> str:
    inner = (
        _tabs("/user/login")
        + '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8">'
        '<div class="js-form-item form-item form-item-name"><label for="edit-name" class="js-form-required form-required">Tên đăng nhập</label>'
        '<input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" required="required" /></div>'
        '<div class="js-form-item form-item form-item-pass"><label for="edit-pass" class="js-form-required form-required">Mật khẩu</label>'
        '<input data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" /></div>'
        '<input data-drupal-selector="form-x9" type="hidden" name="form_build_id" value="form-x9Lq2VbS8dPaMzW1tYcR" />'
        '<input data-drupal-selector="edit-user-login-form" type="hidden" name="form_id" value="user_login_form" />'
        '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Đăng nhập" class="button js-form-submit form-submit" /></div></form>'
    )  # fmt: skip
    return _simple("Đăng nhập", inner, "path-user", [], "user/login")


def _password() -> str:
    inner = (
        _tabs("/user/password")
        + '<form class="user-pass" data-drupal-selector="user-pass" action="/user/password" method="post" id="user-pass" accept-charset="UTF-8">'
        '<div class="js-form-item form-item form-item-name"><label for="edit-name" class="js-form-required form-required">Tên đăng nhập hoặc địa chỉ email</label>'
        '<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="254" class="form-text required" required="required" /></div>'
        '<p>Hướng dẫn đặt lại mật khẩu sẽ được gửi tới địa chỉ email đã đăng ký của bạn.</p>'
        '<div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Gửi" class="button js-form-submit form-submit" /></div></form>'
    )  # fmt: skip
    return _simple("Đặt lại mật khẩu", inner, "path-user", [], "user/password")


def _search(keys: str) -> str:
    wanted = unicodedata.normalize("NFC", keys).strip().lower()
    form = (
        '<form action="/search/node" method="get" class="search-form" data-drupal-selector="search-form" id="search-form" accept-charset="UTF-8">'
        '<div class="container-inline js-form-wrapper form-wrapper"><label for="edit-keys--2">Nhập từ khóa</label>'
        f'<input data-drupal-selector="edit-keys" type="search" id="edit-keys--2" name="keys" value="{esc(keys)}" size="30" maxlength="255" class="form-search" />'
        '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--3" value="Tìm kiếm" class="button js-form-submit form-submit" /></div></form>'
    )  # fmt: skip
    if not wanted:
        results = "<p>Hãy nhập từ khóa để tìm kiếm.</p>"
    else:
        hits = [
            s for s in LATEST
            if wanted in s.title.lower() or any(wanted in p.lower() for p in s.paragraphs)
        ]  # fmt: skip
        items = "".join(
            f'<li><h3 class="search-result__title"><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
            f'<div class="search-result__snippet-info"><p class="search-result__snippet">{esc(_teaser_text(s))}</p>'
            f'<p class="search-result__info">{s.opts["user"]} - {medium(s.opts["when"])}</p></div></li>'
            for s in hits
        )
        results = (
            f'<h2>Kết quả tìm kiếm</h2><ol class="search-results node_search-results">{items}</ol>'
            if hits
            else "<h2>Kết quả tìm kiếm</h2><p>Không tìm thấy kết quả nào phù hợp.</p>"
        )
    return _simple("Tìm kiếm", form + results, "path-search", [], "search/node")


def _rss(items: list[Story], base: str, title: str, link: str) -> str:
    out = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(esc(_teaser_text(s)))}</description>"
        f"<pubDate>{s.opts['when'].replace(tzinfo=LOCAL):%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        f"<dc:creator>{s.opts['user']}</dc:creator>"
        f'<guid isPermaLink="false">{s.id} at {base}</guid></item>\n'
        for s in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
        f'{base}{link}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(title)}</title><link>{base}{link}</link><description></description>"
        f"<language>vi</language>\n{out}</channel></rss>\n"
    )


def _sitemap(base: str) -> str:
    urls = [("/", None)] + [
        (article_path(s), s.opts.get("changed") or s.opts["when"]) for s in LATEST
    ]
    urls += (
        [(p, None) for p in PAGES]
        + [(d.path, None) for d in DOCS]
        + [(a.path, None) for a in ALBUMS]
    )
    body = "".join(
        f"<url><loc>{base}{p}</loc>"
        + (f"<lastmod>{w.replace(tzinfo=LOCAL).isoformat()}</lastmod>" if w else "")
        + "<changefreq>weekly</changefreq><priority>0.5</priority></url>"
        for p, w in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n'
    )


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /profiles/*.png
Allow: /themes/*.png
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/search/
Disallow: /index.php/user/login
"""


# --------------------------------------------------------------------------- routing

_ALIASES = {article_path(s): s for s in STORIES}
_TERM_BY_TID = {tid: slug for slug, (tid, _) in TERMS.items()}
_KNOWN_FILES = {
    f"{FILES}/{s.opts['when']:%Y-%m}/{name}" for s in STORIES for name, _ in s.opts.get("files", [])
} | {d.file for d in DOCS}


def _not_acceptable() -> Response:
    return Response(
        406,
        json.dumps({"message": "Not acceptable format: json"}),
        {"Content-Type": "application/json"},
    )


def _node_for(path: str) -> Story | None:
    if path in _ALIASES:
        return _ALIASES[path]
    if m := re.fullmatch(r"/node/(\d+)", path):
        return _BY_ID.get(int(m.group(1)))
    return None


class Drupal9InfiniteSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = base_url(request)
        if path.lower().endswith((".pdf", ".doc")):
            if path not in _KNOWN_FILES:
                return None
            ctype = "application/pdf" if path.endswith(".pdf") else "application/msword"
            return Response(200, PDF, {"Content-Type": ctype})
        if path.startswith((FILES, "/themes/", "/core/", "/modules/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/views/ajax":
            values = {**params, **(request.form if request.method == "POST" else {})}
            return _views_ajax(values)
        if params.get("_format") == "json":
            story = _node_for(path)
            if story is None:
                return _not_acceptable()
            return Response(200, _rest_json(story, base), {"Content-Type": "application/json"})
        return self._html(path, params, base)

    def _html(self, path: str, params: dict[str, str], base: str) -> Response | None:
        page = _page_no(params)
        if path in ("/", "/node"):
            return html(_front())
        if path == "/rss.xml":
            return Response(200, _rss(LATEST[:10], base, SITE, "/"),
                            {"Content-Type": "application/rss+xml; charset=utf-8"})  # fmt: skip
        if path == "/sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "application/xml; charset=utf-8"})
        if path == "/tin-tuc":
            return html(_listing(path, "Tin tức", LATEST, page, NEWS_PER_PAGE,
                                 ("tin_tuc", "page_1", ""), [], base=base))  # fmt: skip
        if m := re.fullmatch(r"/tin-tuc/luu-tru/(\d{6})", path):
            return html(_archive(m.group(1), page, base)) if _valid_month(m.group(1)) else None
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)", path):
            slug = m.group(1)
            if slug not in TERMS:
                return None
            return html(self._term(slug, page, base))
        if m := re.fullmatch(r"/taxonomy/term/(\d+)(/feed)?", path):
            tid = int(m.group(1))
            if m.group(2):
                if tid in _TERM_BY_TID:
                    items, title = in_term(_TERM_BY_TID[tid]), TERMS[_TERM_BY_TID[tid]][1]
                elif tid in TAGS:
                    items, title = tagged(tid), TAGS[tid]
                else:
                    return None
                return Response(200, _rss(items[:10], base, title, f"/taxonomy/term/{tid}"),
                                {"Content-Type": "application/rss+xml; charset=utf-8"})  # fmt: skip
            if tid in _TERM_BY_TID:
                return html(self._term(_TERM_BY_TID[tid], page, base))
            if tid in TAGS:
                return html(_listing(path, TAGS[tid], tagged(tid), page, TERM_PER_PAGE,
                                     ("taxonomy_term", "page_1", str(tid)), [], base=base,
                                     feed=f"/taxonomy/term/{tid}/feed"))  # fmt: skip
            return None
        if path in _ALIASES:
            return html(_article(_ALIASES[path], base))
        if m := re.fullmatch(r"/node/(\d+)", path):
            return self._node(int(m.group(1)), base)
        if m := re.fullmatch(r"/print/node/(\d+)", path):
            story = _BY_ID.get(int(m.group(1)))
            return html(_print(story, base)) if story else None
        if m := re.fullmatch(r"/lich/thang/(\d{4})-(\d{2})", path):
            y, mo = int(m.group(1)), int(m.group(2))
            return html(_calendar_month(y, mo)) if 1000 <= y <= 9999 and 1 <= mo <= 12 else None
        if m := re.fullmatch(r"/lich/ngay/(\d{4})-(\d{2})-(\d{2})", path):
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
            return html(_calendar_day(d)) if d.year >= 1000 else None
        if path in ("/search", "/search/node"):
            return html(_search(params.get("keys", "")))
        if path in PAGES:
            return html(_basic(path, base))
        if path == "/lien-he":
            return html(_contact())
        if path == "/van-ban":
            return html(_docs_register())
        if path in _DOC_ALIASES:
            return html(_doc_page(_DOC_ALIASES[path], base))
        if path == "/thu-vien-anh":
            return html(_albums())
        if path in _ALBUM_ALIASES:
            return html(_album(_ALBUM_ALIASES[path], base))
        if path == "/user/login":
            return html(_login())
        if path == "/user/password":
            return html(_password())
        return None

    def _term(self, slug: str, page: int, base: str) -> str:
        tid, label = TERMS[slug]
        return _listing(f"/tin-tuc/{slug}", label, in_term(slug), page, TERM_PER_PAGE,
                        ("taxonomy_term", "page_1", str(tid)), [("/tin-tuc", "Tin tức")],
                        base=base, canonical=f"/tin-tuc/{slug}",
                        feed=f"/taxonomy/term/{tid}/feed")  # fmt: skip

    def _node(self, nid: int, base: str) -> Response | None:
        if nid in _BY_ID:
            return html(_article(_BY_ID[nid], base))
        if nid in _DOC_BY_ID:
            return html(_doc_page(_DOC_BY_ID[nid], base))
        for album in ALBUMS:
            if album.nid == nid:
                return html(_album(album, base))
        for path, (pn, _, _) in PAGES.items():
            if pn == nid:
                return html(_basic(path, base))
        if nid == 4:
            return html(_contact())
        return None


def build_site() -> Drupal9InfiniteSite:
    return Drupal9InfiniteSite()
