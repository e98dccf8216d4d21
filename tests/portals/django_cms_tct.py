"""Fixture portal: Trường Chính trị tỉnh Tây Ninh on django CMS 3.x with Aldryn NewsBlog, bilingual.

Imitates a provincial political school's site built by a small agency on Python/Django: django CMS
3.7 (``i18n_patterns``: every URL carries ``/vi/`` or ``/en/``), Aldryn NewsBlog as the news
app hooked on the page "Tin tức", djangocms-text-ckeditor and djangocms-picture plugins in the
article placeholder, django-filer for images and files (easy-thumbnails URLs such as
``/media/filer_public_thumbnails/filer_public/ab/cd/<uuid>/x.jpg__800x533_q85_crop_…jpg``),
aldryn-search (haystack) and aldryn-forms. Languages: ``vi`` (default) and ``en`` with
``fallbacks: ['vi']``, ``hide_untranslated: True`` for menus and ``redirect_on_fallback: True``
for CMS pages, as django CMS ships them.

What it serves:

- ``/`` answers 302 to ``/<lang>/`` chosen from ``Accept-Language`` (Django's LocaleMiddleware:
  a client that prefers English lands on ``/en/``); any path without a language prefix gets the
  same 302; a path without the trailing slash gets 301 (APPEND_SLASH). START_PATH is ``/vi/``,
  the address the province's portal links.
- The home page: a "Tin nổi bật" slider (featured articles plugin), latest-articles blocks per
  category, "Giới thiệu" teaser; every page has the header (Đảng bộ tỉnh … / ``h1.site-name``
  = the school's name / motto), today's date (``TODAY``), a language chooser (``Tiếng Việt`` /
  ``English``: links to the current page's other-language URL), the aldryn-search box, the CMS
  menu (Giới thiệu ▸ Lịch sử hình thành / Cơ cấu tổ chức; Tin tức ▸ three categories; Văn bản;
  Thư viện ảnh; Liên hệ), breadcrumbs from the menu, a sidebar ("Bài viết mới" with dates,
  "Chuyên mục" with counts, "Lưu trữ" by month, "Thẻ", banners, "Thống kê truy cập", RSS link),
  the footer (address, hotline, "Chịu trách nhiệm chính", "Bản quyền …") with a "Đăng nhập
  quản trị" link to ``?edit``, and the django CMS toolbar markup left in the page for anonymous
  users (``div#cms-top`` hidden, holding a login form).
- Article detail ``/vi/tin-tuc/<slug>/``: ``article.article`` with the category link(s) above an
  ``h2`` headline (the page's ``h1`` is the site name), "Tác giả: <a>ThS. …</a> - <function>"
  linking the author page (only when the article has an author), ``p.date`` with ``<time
  datetime="…+07:00">`` printing the date only ("12 Tháng Mười Một 2026"), the featured image
  (some articles), the lead-in ``div.lead`` (the sapo, some articles), the content placeholder
  (``div.cms-plugin`` wrappers: text plugins of plain ``p``/``h3``/``ul``/``table``, picture
  plugins ``figure.picture`` with ``figcaption`` when a caption was typed, filer file plugins),
  tags ("Từ khóa:"), then outside the article "« Bài trước" / "Bài sau »", tools (In bài viết,
  Gửi email, Facebook, Zalo) and "Bài viết liên quan" with dates.
- Listings, all with Django's ``?page=N`` pager ("« Trước", "1 2 3 …", "Sau »"; page 1 linked
  as ``?page=1``), 3 articles a page: ``/vi/tin-tuc/`` (5 pages), ``category/<slug>/`` (Tin hoạt
  động has 3 pages), ``tag/<slug>/``, ``author/<slug>/``, archive ``2026/`` and ``2026/11/``
  (every year/month answers 200, an empty one prints "Chưa có bài viết nào."; only months with
  articles are linked). Listing entries are the same ``article.article`` include with a linked
  ``h2``, author, date and lead: listings look like stacks of articles.
- ``/vi/tin-tuc/feed/`` (Django RSS 2.0, the ten newest, announced in ``<head>``),
  ``/sitemap.xml`` (CMS pages in both languages and the Vietnamese articles; in robots.txt).
- Static CMS pages ``/vi/gioi-thieu/``, ``…/lich-su-hinh-thanh/``, ``…/co-cau-to-chuc/`` (headed
  prose, no date), ``/vi/van-ban/`` (filer files: PDFs), ``/vi/thu-vien-anh/`` (a filer folder
  gallery with captions), ``/vi/lien-he/`` (aldryn-forms form; POST answers a thank-you page),
  ``/vi/search/?q=`` (aldryn-search results). English: ``/en/`` (home), ``/en/about-us/``,
  ``/en/tin-tuc/`` ("News") and ``/en/search/`` are translated; an untranslated CMS page's
  English URL (``/en/gioi-thieu/lich-su-hinh-thanh/`` …, linked by the language chooser)
  answers 302 to the Vietnamese page (redirect_on_fallback).

Traps and hard cases:

- The ``/en/`` fallback: an article without an English translation is served at
  ``/en/tin-tuc/<vi-slug>/`` too (parler falls back to ``vi``): ``<html lang="en">``, English
  chrome ("Author:", "Related articles", the date printed "12 November 2026") around the same
  Vietnamese title, lead, text and photos. Every ``/en/`` listing lists those fallbacks. The
  language chooser of every article links its other-language URL, so each untranslated
  article is reachable twice. Three articles have real English versions at
  ``/en/tin-tuc/<en-slug>/`` (English text, not gold; listed in NON_ARTICLES); a slug of the
  wrong language answers 301 to the right one.
- ``?edit`` (the footer's "Đăng nhập quản trị", on every page) serves the same page with the
  toolbar's login form shown; that toolbar links ``?toolbar_off``, which serves the page once
  more without toolbar markup. Both are duplicates of every page, articles included.
- ``?page=`` past the last page (or 0, or not a number) answers Django's 404 (the theme's 404
  page); ``?page=last`` is the last page.
- Listing pages are made of the very ``article.article`` + ``h2`` + ``p.date`` + ``div.lead``
  blocks the detail page uses; static pages ("Lịch sử hình thành") are long headed prose.
- Encodings: UTF-8 throughout; three articles' text plugins carry CKEditor's
  ``entities_latin`` output (``&agrave;``, ``&ecirc;`` … beside raw ``ạ``, ``ế``) and
  ``&nbsp;``; one research article's text plugins are decomposed Unicode (NFD, pasted from a
  Word file typed in "Unicode tổ hợp"), its title and lead NFC.

Gold (by hand). Articles are NewsBlog articles in Vietnamese, at ``/vi/tin-tuc/<slug>/``.
alt_paths: the ``?edit`` and ``?toolbar_off`` twins of the ``/vi/`` page and, for the ten
articles without an English translation, the ``/en/tin-tuc/<slug>/`` fallback with its own two
twins (same text; any one is an acceptable canonical, only one record may come out). English
translations, static pages, listings, search, feeds and files are not articles.
Judgement calls: published_at is the printed date only (the ``<time datetime>`` holds a time
of day, but no time is printed). The lead-in is the summary and the body's first paragraph;
articles without a lead-in have no summary. Body = the text plugins' paragraphs, ``h3``
sub-headings, list items and table rows (cells joined by " | ", header row included), in page
order; typed reference lists ("Tài liệu tham khảo" and its numbered lines) are body text.
Credit lines at the end of the text ("Ảnh: Minh Trí", "Tin: Hoàng Phúc - Ảnh: Thanh Tâm",
"Nguồn: …") and the file plugin's download line are not body; the file plugin's type icon
(``/static/filer/icons/file_32x32.png`` inside the article) is no image of the article. Authors: the "Tác giả:" link's
name with the degree ("ThS.", "TS.") dropped and without the function printed after it; an
article without that line takes its in-text "Tin:" signature; "Nguồn: Báo và Phát thanh,
Truyền hình Tây Ninh" is the source. Photographers: "Ảnh: X" lines and a caption's "(Ảnh: X)"
(the caption is kept as printed, credit included). Images: the featured image (no caption)
first, then the picture plugins in order, each with its figcaption or None; thumbnails'
``src`` as printed. Category: the category link above the headline (one per article).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "django_cms_tct"
PLATFORM = "django-cms"
START_PATH = "/vi/"

SITE = "Trường Chính trị tỉnh Tây Ninh"
SITE_EN = "Tay Ninh Provincial School of Politics"
ADDRESS = "Số 25 đường Trần Hưng Đạo, phường Tân Ninh, tỉnh Tây Ninh"
PHONE = "0276 3 822 415"
HOTLINE = "0913 146 285"
EMAIL = "truongchinhtri@tayninh.gov.vn"
TODAY_EN = "Wednesday, 25 November 2026"
PER_PAGE = 3
FEED_SIZE = 10
RELATED = 3
LANGS = ("vi", "en")
_LOCAL = timezone(timedelta(hours=7))
CSRF = opaque("django-cms-csrf", 48)[:64]

CATS: dict[str, str] = {
    "tin-hoat-dong": "Tin hoạt động",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "thong-bao": "Thông báo",
}
TAGS: dict[str, str] = {
    "dao-tao": "Đào tạo",
    "trung-cap-llct": "Trung cấp LLCT",
    "cao-cap-llct": "Cao cấp LLCT",
    "hop-tac": "Hợp tác",
    "xay-dung-dang": "Xây dựng Đảng",
    "giang-vien": "Giảng viên",
    "nghien-cuu-thuc-te": "Nghiên cứu thực tế",
    "cong-doan": "Công đoàn",
    "quoc-phong-an-ninh": "Quốc phòng - an ninh",
    "boi-duong": "Bồi dưỡng",
    "tu-tuong-ho-chi-minh": "Tư tưởng Hồ Chí Minh",
    "hoi-thao": "Hội thảo",
    "chuyen-doi-so": "Chuyển đổi số",
    "de-tai-khoa-hoc": "Đề tài khoa học",
    "tuyen-sinh": "Tuyển sinh",
}
#: aldryn-people persons: slug -> (name as stored, function)
PEOPLE: dict[str, tuple[str, str]] = {
    "ths-nguyen-thi-hong-van": ("ThS. Nguyễn Thị Hồng Vân", "Phòng Quản lý đào tạo - Nghiên cứu khoa học"),
    "ts-le-minh-tuan": ("TS. Lê Minh Tuấn", "Trưởng khoa Lý luận cơ sở"),
    "ths-tran-quoc-huy": ("ThS. Trần Quốc Huy", "Khoa Xây dựng Đảng"),
    "pham-thanh-tam": ("Phạm Thanh Tâm", "Văn phòng Trường"),
    "ths-do-thi-ngoc-anh": ("ThS. Đỗ Thị Ngọc Ánh", "Khoa Nhà nước và pháp luật"),
}


def _uuid(name: str) -> str:
    h = hashlib.md5(name.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def filer_url(name: str) -> str:
    """The original file in django-filer's public storage."""
    u = _uuid(name)
    return f"/media/filer_public/{u[:2]}/{u[2:4]}/{u}/{name}"


def thumb(name: str, size: str = "800x533", crop: bool = True) -> str:
    """An easy-thumbnails URL of a filer image, as the picture plugin prints it."""
    u = _uuid(name)
    opts = "_q85_crop_subsampling-2_upscale" if crop else "_q85_subsampling-2"
    return f"/media/filer_public_thumbnails/filer_public/{u[:2]}/{u[2:4]}/{u}/{name}__{size}{opts}.jpg"


def _pic(name: str, caption: str | None = None, printed: str | None = None) -> Img:
    return Img(thumb(name), printed if printed is not None else caption, caption, "picture")


def _featured(name: str) -> Img:
    return Img(thumb(name, "800x450"), None, None, "featured")


_CREDIT = '<p style="text-align: right;"><strong>{}</strong></p>'

# opts: at (local publication time as stored), author (aldryn-people slug or None), tags,
# entities (CKEditor entities_latin in text plugins), nfd (text plugins decomposed),
# attach (filer file name, label, size), en (the real English translation: slug, title, lead,
# paragraphs). Featured images are Img(style="featured") first in blocks.
STORIES: list[Story] = [
    Story(
        id=212,
        slug="thong-bao-lich-hoc-lop-boi-duong-cap-nhat-kien-thuc-can-bo-cap-xa-thang-12-2026",
        title=(
            "Thông báo lịch học lớp bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp xã"
            " tháng 12/2026"
        ),
        cat="thong-bao",
        published_at="2026-11-24",
        blocks=[
            P(
                "Thực hiện Kế hoạch đào tạo, bồi dưỡng năm 2026, Trường Chính trị tỉnh thông báo lịch học"
                " lớp bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp xã như sau:"
            ),
            P("Thời gian: từ ngày 07/12/2026 đến ngày 11/12/2026 (sáng từ 7 giờ 30, chiều từ 13 giờ 30).", "li"),
            P("Địa điểm: Hội trường A, Trường Chính trị tỉnh, số 25 đường Trần Hưng Đạo, phường Tân Ninh.", "li"),
            P(
                "Thành phần: Phó Bí thư Đảng ủy, Phó Chủ tịch Ủy ban nhân dân các xã, phường theo danh"
                " sách đã đăng ký.",
                "li",
            ),
            P(
                "Đề nghị các đơn vị thông báo cho học viên tham dự đầy đủ, đúng thời gian. Lịch học chi"
                " tiết xem trong tệp đính kèm."
            ),
        ],
        opts={
            "at": "2026-11-24 07:50",
            "author": None,
            "tags": ["boi-duong"],
            "attach": ("lich-hoc-boi-duong-cap-xa-thang-12-2026.pdf", "Lịch học chi tiết lớp bồi dưỡng cán bộ cấp xã tháng 12/2026", "184,2 KB"),
        },
    ),
    Story(
        id=211,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-86",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 86",
        cat="tin-hoat-dong",
        published_at="2026-11-23",
        summary=(
            "Sáng ngày 23/11/2026, Trường Chính trị tỉnh Tây Ninh tổ chức Lễ khai giảng lớp Trung cấp lý"
            " luận chính trị hệ không tập trung khóa 86 cho 112 học viên là cán bộ, công chức các xã,"
            " phường và các cơ quan, đơn vị trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Nguyễn Văn Hùng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh"
                " ủy; đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Sở Nội vụ và các đơn vị cử học viên tham gia"
                " lớp học."
            ),
            _pic(
                "khai-giang-tc86-01.jpg",
                "Đồng chí Trần Thị Kim Loan, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Trần Thị Kim Loan, Bí thư Đảng ủy, Hiệu trưởng Trường Chính"
                " trị tỉnh nhấn mạnh: chương trình Trung cấp lý luận chính trị trang bị cho học viên hệ"
                " thống kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của"
                " Đảng, chính sách, pháp luật của Nhà nước và kỹ năng lãnh đạo, quản lý ở cơ sở."
            ),
            P(
                "Lớp học được tổ chức theo hình thức không tập trung trong thời gian 10 tháng với 16 học"
                " phần. Học viên học tập vào các ngày thứ Năm, thứ Sáu hằng tuần tại cơ sở 1 của Nhà"
                " trường, số 25 đường Trần Hưng Đạo."
            ),
            _pic("khai-giang-tc86-02.jpg", "Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị khóa 86"),
            P(
                "Đồng chí Hiệu trưởng đề nghị học viên nghiêm túc chấp hành quy chế học tập, phát huy tinh"
                " thần tự học, tích cực trao đổi, thảo luận, gắn lý luận với thực tiễn công tác tại địa"
                " phương, đơn vị."
            ),
            Raw(_CREDIT.format("Ảnh: Minh Trí")),
        ],
        authors=["Phạm Thanh Tâm"],
        photographers=["Minh Trí"],
        opts={"at": "2026-11-23 10:20", "author": "pham-thanh-tam", "tags": ["dao-tao", "trung-cap-llct"]},
    ),
    Story(
        id=209,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-ii-lam-viec-voi-truong-chinh-tri-tinh",
        title="Đoàn công tác Học viện Chính trị khu vực II làm việc với Trường Chính trị tỉnh",
        cat="tin-hoat-dong",
        published_at="2026-11-19",
        summary=(
            "Chiều 18/11/2026, đoàn công tác của Học viện Chính trị khu vực II do PGS.TS Lê Văn Cường,"
            " Phó Giám đốc Học viện làm trưởng đoàn đã đến thăm và làm việc với Trường Chính trị tỉnh"
            " Tây Ninh về công tác phối hợp đào tạo, bồi dưỡng cán bộ."
        ),
        sapo_outside=True,
        blocks=[
            _featured("hvctkv2-lam-viec-featured.jpg"),
            P(
                "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh báo cáo kết quả phối hợp mở các lớp Cao"
                " cấp lý luận chính trị hệ không tập trung tại tỉnh giai đoạn 2021 - 2026. Trong 5 năm, hai"
                " bên đã phối hợp tổ chức 6 lớp với 712 học viên, tỷ lệ học viên tốt nghiệp đạt 98,6%."
            ),
            P(
                "Hai bên cũng trao đổi về việc đổi mới nội dung, phương pháp giảng dạy, biên soạn tài liệu,"
                " tổ chức nghiên cứu thực tế cho học viên và bồi dưỡng nâng cao trình độ cho đội ngũ giảng"
                " viên của Nhà trường."
            ),
            _pic("hvctkv2-lam-viec-01.jpg", "Toàn cảnh buổi làm việc"),
            P(
                "Phát biểu kết luận, PGS.TS Lê Văn Cường ghi nhận những kết quả Nhà trường đạt được, đồng"
                " thời đề nghị hai đơn vị tiếp tục ký kết chương trình phối hợp giai đoạn 2026 - 2031,"
                " trong đó chú trọng ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý đào tạo."
            ),
        ],
        authors=["Nguyễn Thị Hồng Vân"],
        opts={
            "at": "2026-11-19 15:40",
            "author": "ths-nguyen-thi-hong-van",
            "tags": ["hop-tac", "dao-tao"],
            "en": {
                "slug": "delegation-of-the-regional-academy-of-politics-ii-visits-the-school",
                "title": "Delegation of the Regional Academy of Politics II visits the School",
                "lead": (
                    "On 18 November 2026, a delegation of the Regional Academy of Politics II led by"
                    " Assoc. Prof. Dr. Le Van Cuong, Deputy Director of the Academy, visited and worked"
                    " with Tay Ninh Provincial School of Politics."
                ),
                "paragraphs": [
                    "The two sides reviewed six advanced political theory courses jointly organised in the"
                    " province from 2021 to 2026, attended by 712 learners.",
                    "They agreed to sign a new cooperation programme for 2026 - 2031, focusing on digital"
                    " transformation in training management.",
                ],
            },
        },
    ),
    Story(
        id=207,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-16",
        blocks=[
            P(
                "Ngày 14/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề"
                " “Nâng cao tinh thần trách nhiệm, tính tiên phong, gương mẫu của đảng viên là giảng viên"
                " trong thực hiện nhiệm vụ chính trị của Nhà trường”."
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt những nội dung cơ bản của Quy"
                " định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của"
                " cán bộ, đảng viên trong giai đoạn mới."
            ),
            _pic("chi-bo-xdd-quy-iv-01.jpg", "Đồng chí Bí thư Chi bộ quán triệt nội dung chuyên đề"),
            P(
                "Các đảng viên trong chi bộ thảo luận sôi nổi, liên hệ bản thân, chỉ rõ những ưu điểm, hạn"
                " chế trong giảng dạy, nghiên cứu khoa học và đăng ký những việc làm cụ thể để thực hiện"
                " trong thời gian tới."
            ),
            Raw(_CREDIT.format("Tin: Hoàng Phúc - Ảnh: Thanh Tâm")),
        ],
        authors=["Hoàng Phúc"],
        photographers=["Thanh Tâm"],
        opts={"at": "2026-11-16 16:05", "author": None, "tags": ["xay-dung-dang"]},
    ),
    Story(
        id=205,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-vao-cong-tac-dao-tao-boi-duong-can-bo-co-so-hien-nay",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác đào tạo, bồi dưỡng cán bộ cơ sở hiện nay",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-13",
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là nền tảng lý luận quan trọng để Đảng ta"
            " xây dựng đội ngũ cán bộ các cấp. Bài viết làm rõ một số nội dung cơ bản trong tư tưởng của"
            " Người và đề xuất giải pháp vận dụng vào công tác đào tạo, bồi dưỡng cán bộ cơ sở ở tỉnh Tây"
            " Ninh hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Một số nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ", "h"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “muôn việc thành"
                " công hoặc thất bại, đều do cán bộ tốt hoặc kém”. Theo Người, cán bộ là cầu nối giữa Đảng,"
                " Chính phủ với nhân dân, là người đem chính sách của Đảng, của Chính phủ giải thích cho dân"
                " chúng hiểu rõ và thi hành."
            ),
            P(
                "Người yêu cầu người cán bộ phải có đủ cả đức và tài, trong đó đức là gốc. Người cán bộ phải"
                " cần, kiệm, liêm, chính, chí công vô tư; phải thường xuyên học tập để nâng cao trình độ lý"
                " luận, chuyên môn và năng lực thực tiễn."
            ),
            P("2. Vận dụng vào công tác đào tạo, bồi dưỡng cán bộ cơ sở", "h"),
            P(
                "Sau khi thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp từ"
                " ngày 01/7/2025, đội ngũ cán bộ, công chức cấp xã của tỉnh có nhiều thay đổi về số lượng,"
                " cơ cấu và yêu cầu nhiệm vụ. Điều đó đặt ra yêu cầu phải đổi mới mạnh mẽ nội dung, chương"
                " trình đào tạo, bồi dưỡng."
            ),
            P(
                "Thứ nhất, gắn đào tạo, bồi dưỡng với quy hoạch, sử dụng cán bộ; xác định đúng nhu cầu của"
                " từng vị trí việc làm để xây dựng chương trình phù hợp."
            ),
            P(
                "Thứ hai, đổi mới phương pháp giảng dạy theo hướng tăng cường thảo luận, xử lý tình huống,"
                " nghiên cứu thực tế; coi trọng bồi dưỡng kỹ năng lãnh đạo, quản lý và kỹ năng số cho cán"
                " bộ cơ sở."
            ),
            P(
                "Thứ ba, xây dựng đội ngũ giảng viên vừa vững về lý luận, vừa am hiểu thực tiễn; thực hiện"
                " nghiêm chế độ đi thực tế của giảng viên theo quy định."
            ),
            P("Tài liệu tham khảo", "h"),
            P("1. Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5.", "ref"),
            P(
                "2. Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị"
                " quốc gia Sự thật, Hà Nội, 2021, t.I.",
                "ref",
            ),
        ],
        authors=["Lê Minh Tuấn"],
        opts={
            "at": "2026-11-13 08:30",
            "author": "ts-le-minh-tuan",
            "tags": ["tu-tuong-ho-chi-minh", "boi-duong"],
            "nfd": True,
        },
    ),
    Story(
        id=204,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-10",
        summary=(
            "Từ ngày 04 đến 07/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp"
            " trường năm 2026 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng viên; tạo"
                " điều kiện để giảng viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp giảng dạy theo"
                " hướng phát huy tính tích cực, chủ động của học viên."
            ),
            P(
                "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trong thời gian 45 phút tại các lớp"
                " Trung cấp lý luận chính trị đang học tập tại trường. Ban Giám khảo đánh giá theo các tiêu"
                " chí: nội dung khoa học, phương pháp sư phạm, liên hệ thực tiễn và tác phong giảng viên."
            ),
            _pic(
                "hoi-thi-gvdg-2026-01.jpg",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi (Ảnh: Ngọc Hân)",
            ),
            _pic("hoi-thi-gvdg-2026-02.jpg"),
            P(
                "Kết quả, Ban Tổ chức công nhận 12 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp trường;"
                " trong đó 3 giảng viên có bài giảng xuất sắc được chọn tham dự Hội giảng giảng viên lý luận"
                " chính trị toàn quốc năm 2027."
            ),
        ],
        authors=["Trần Quốc Huy"],
        photographers=["Ngọc Hân"],
        opts={"at": "2026-11-10 09:15", "author": "ths-tran-quoc-huy", "tags": ["giang-vien"], "entities": True},
    ),
    Story(
        id=202,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="thong-bao",
        published_at="2026-11-05",
        blocks=[
            P(
                "Căn cứ Kế hoạch đào tạo năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính trị"
                " tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027."
            ),
            P("1. Đối tượng, tiêu chuẩn", "h"),
            P(
                "Cán bộ, công chức, viên chức là đảng viên chính thức, đã được quy hoạch hoặc đang giữ chức"
                " vụ lãnh đạo, quản lý; có trình độ chuyên môn từ trung cấp trở lên; tuổi đời không quá 50"
                " đối với nam và 45 đối với nữ tính đến thời điểm nhập học."
            ),
            P("2. Hồ sơ và thời hạn nộp", "h"),
            P("Công văn cử đi học của cơ quan, đơn vị quản lý cán bộ;", "li"),
            P("Bản sao có chứng thực bằng tốt nghiệp chuyên môn cao nhất;", "li"),
            P("Phiếu đảng viên, sơ yếu lý lịch có xác nhận của cơ quan có thẩm quyền.", "li"),
            P(
                "Hồ sơ nộp tại Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày 15/12/2026. Mọi chi"
                " tiết xin liên hệ số điện thoại 0276 3 822 415."
            ),
        ],
        opts={"at": "2026-11-05 14:00", "author": None, "tags": ["tuyen-sinh", "trung-cap-llct"]},
    ),
    Story(
        id=198,
        slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-can-cu-trung-uong-cuc-mien-nam",
        title=(
            "Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại Khu di tích Căn cứ Trung ương"
            " Cục miền Nam"
        ),
        cat="tin-hoat-dong",
        published_at="2026-10-30",
        summary=(
            "Trong hai ngày 28 và 29/10/2026, 86 học viên lớp Cao cấp lý luận chính trị hệ không tập trung"
            " mở tại tỉnh đã đi nghiên cứu thực tế tại Khu di tích quốc gia đặc biệt Căn cứ Trung ương Cục"
            " miền Nam."
        ),
        sapo_outside=True,
        blocks=[
            _featured("ntt-tw-cuc-mien-nam-featured.jpg"),
            P(
                "Tại khu di tích, học viên được nghe giới thiệu về quá trình hình thành, hoạt động của Trung"
                " ương Cục miền Nam trong cuộc kháng chiến chống Mỹ cứu nước; tham quan nơi làm việc của các"
                " đồng chí lãnh đạo, hội trường, hầm trú ẩn và hệ thống giao thông hào."
            ),
            P(
                "Học viên cũng làm việc với Ủy ban nhân dân xã Tân Lập về tình hình phát triển kinh tế - xã"
                " hội, xây dựng nông thôn mới gắn với phát triển du lịch lịch sử - sinh thái trên địa bàn."
            ),
            _pic("ntt-tw-cuc-mien-nam-01.jpg"),
            _pic("ntt-tw-cuc-mien-nam-02.jpg"),
            _pic("ntt-tw-cuc-mien-nam-03.jpg"),
            P(
                "Chuyến nghiên cứu thực tế giúp học viên củng cố kiến thức đã học, nâng cao nhận thức về"
                " truyền thống cách mạng và có thêm cơ sở thực tiễn để hoàn thành bài thu hoạch cuối khóa."
            ),
        ],
        authors=["Phạm Thanh Tâm"],
        opts={
            "at": "2026-10-30 08:00",
            "author": "pham-thanh-tam",
            "tags": ["nghien-cuu-thuc-te", "cao-cap-llct"],
            "en": {
                "slug": "advanced-course-learners-conduct-field-study-at-the-central-office-for-south-vietnam-base",
                "title": "Advanced course learners conduct field study at the Central Office for South Vietnam base",
                "lead": (
                    "On 28 and 29 October 2026, 86 learners of the advanced political theory course visited"
                    " the special national relic site of the Central Office for South Vietnam base."
                ),
                "paragraphs": [
                    "The learners visited the working quarters, the meeting hall and the shelters of the"
                    " base, and met the People's Committee of Tan Lap commune.",
                ],
            },
        },
    ),
    Story(
        id=196,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-trong-boi-canh-chuyen-doi-so",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng giảng dạy các môn lý luận chính trị trong bối cảnh"
            " chuyển đổi số”"
        ),
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-10-26",
        summary=(
            "Ngày 24/10/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường “Nâng cao chất"
            " lượng giảng dạy các môn lý luận chính trị trong bối cảnh chuyển đổi số” với 27 tham luận của"
            " giảng viên, cán bộ quản lý và các nhà khoa học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các tham luận tập trung phân tích thực trạng ứng dụng công nghệ thông tin trong giảng dạy lý"
                " luận chính trị; những thuận lợi, khó khăn khi triển khai bài giảng điện tử, học liệu số và"
                " hệ thống quản lý học tập trực tuyến tại Nhà trường."
            ),
            _pic(
                "hoi-thao-chuyen-doi-so-01.jpg",
                "TS. Lê Minh Tuấn, Trưởng khoa Lý luận cơ sở trình bày tham luận tại Hội thảo",
            ),
            P(
                "Nhiều ý kiến cho rằng chuyển đổi số không chỉ là việc sử dụng phần mềm, thiết bị mà trước hết"
                " là đổi mới tư duy của người dạy và người học. Giảng viên cần chủ động khai thác dữ liệu, tư"
                " liệu số để làm sinh động bài giảng, đồng thời giữ vững tính đảng, tính khoa học của các môn"
                " lý luận chính trị."
            ),
            P(
                "Kết luận Hội thảo, đồng chí Hiệu trưởng đề nghị các khoa, phòng tiếp thu ý kiến, xây dựng kế"
                " hoạch số hóa học liệu và tổ chức tập huấn kỹ năng số cho giảng viên trong năm 2027."
            ),
            _pic("hoi-thao-chuyen-doi-so-02.jpg", "Các đại biểu tham dự Hội thảo chụp ảnh lưu niệm"),
        ],
        authors=["Nguyễn Thị Hồng Vân"],
        opts={
            "at": "2026-10-26 17:10",
            "author": "ths-nguyen-thi-hong-van",
            "tags": ["hoi-thao", "chuyen-doi-so", "giang-vien"],
            "en": {
                "slug": "scientific-workshop-on-teaching-political-theory-in-the-digital-transformation-era",
                "title": "Scientific workshop on teaching political theory in the digital transformation era",
                "lead": (
                    "On 24 October 2026, the School held a workshop on improving the teaching of political"
                    " theory subjects in the context of digital transformation, with 27 papers."
                ),
                "paragraphs": [
                    "Participants discussed e-lectures, digital learning materials and the online learning"
                    " management system of the School.",
                    "The Principal asked all faculties to digitise their teaching materials in 2027.",
                ],
            },
        },
    ),
    Story(
        id=193,
        slug="cong-doan-truong-to-chuc-cac-hoat-dong-ky-niem-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn Trường tổ chức các hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10",
        cat="tin-hoat-dong",
        published_at="2026-10-21",
        summary=(
            "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026),"
            " Công đoàn Trường Chính trị tỉnh tổ chức nhiều hoạt động ý nghĩa dành cho nữ cán bộ, giảng"
            " viên, nhân viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sáng 20/10/2026, Công đoàn Trường tổ chức buổi gặp mặt, tọa đàm với chủ đề “Phụ nữ Trường"
                " Chính trị tỉnh tự tin, sáng tạo trong kỷ nguyên số”. Tại buổi tọa đàm, các chị em đã chia"
                " sẻ kinh nghiệm cân bằng giữa công việc chuyên môn và chăm lo gia đình."
            ),
            _pic(
                "cong-doan-20-10-2026-01.jpg",
                "Ban Chấp hành Công đoàn Trường tặng hoa chúc mừng nữ cán bộ, giảng viên",
            ),
            P(
                "Dịp này, Công đoàn Trường cũng tổ chức hội thi cắm hoa nghệ thuật giữa các tổ công đoàn và"
                " trao quà cho 38 nữ đoàn viên. Hội thi đã tạo không khí vui tươi, gắn kết, góp phần xây"
                " dựng cơ quan văn hóa."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo và Phát thanh, Truyền hình Tây Ninh</em></p>'),
        ],
        source="Báo và Phát thanh, Truyền hình Tây Ninh",
        opts={"at": "2026-10-21 14:30", "author": None, "tags": ["cong-doan"], "entities": True},
    ),
    Story(
        id=190,
        slug="nghiem-thu-04-de-tai-khoa-hoc-cap-co-so-nam-2026",
        title="Nghiệm thu 04 đề tài khoa học cấp cơ sở năm 2026",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-10-08",
        blocks=[
            P(
                "Ngày 06/10/2026, Hội đồng khoa học Trường Chính trị tỉnh tổ chức nghiệm thu 04 đề tài nghiên"
                " cứu khoa học cấp cơ sở năm 2026. Kết quả nghiệm thu cụ thể như sau:"
            ),
            P("STT | Tên đề tài | Chủ nhiệm đề tài | Xếp loại", "th"),
            P(
                "1 | Nâng cao hiệu quả công tác dân vận của chính quyền cấp xã ở tỉnh Tây Ninh hiện nay |"
                " ThS. Đỗ Thị Ngọc Ánh | Xuất sắc",
                "tr",
            ),
            P(
                "2 | Giải pháp nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ xã biên giới | ThS. Trần"
                " Quốc Huy | Tốt",
                "tr",
            ),
            P(
                "3 | Ứng dụng bài giảng điện tử trong giảng dạy môn Lịch sử Đảng Cộng sản Việt Nam | ThS."
                " Nguyễn Thị Hồng Vân | Tốt",
                "tr",
            ),
            P(
                "4 | Phát triển kinh tế tập thể trong nông nghiệp ở tỉnh Tây Ninh giai đoạn 2026 - 2030 | CN."
                " Võ Minh Khang | Đạt",
                "tr",
            ),
            P(
                "Hội đồng đề nghị các chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn thiện báo cáo tổng kết và"
                " nộp về Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày 30/10/2026 để đưa vào khai"
                " thác, sử dụng."
            ),
        ],
        authors=["Trần Quốc Huy"],
        opts={"at": "2026-10-08 10:45", "author": "ths-tran-quoc-huy", "tags": ["de-tai-khoa-hoc"]},
    ),
    Story(
        id=187,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-09-28",
        blocks=[
            P(
                "Ngày 26/9/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng"
                " lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Trong thời gian 8 ngày, 95 học viên là trưởng, phó các ban, ngành, đoàn thể cấp xã; trưởng"
                " ấp, khu phố đã được nghiên cứu 12 chuyên đề về quan điểm của Đảng về quốc phòng, an ninh;"
                " xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; công tác dân vận trong tình"
                " hình mới và huấn luyện kỹ năng sử dụng một số loại vũ khí bộ binh."
            ),
            _pic(
                "be-giang-qpan-dt4-01.jpg",
                "Đại diện Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó có 41 học viên đạt loại giỏi. Ban Tổ"
                " chức đã khen thưởng 5 học viên có thành tích xuất sắc trong học tập."
            ),
        ],
        authors=["Đỗ Thị Ngọc Ánh"],
        opts={
            "at": "2026-09-28 11:00",
            "author": "ths-do-thi-ngoc-anh",
            "tags": ["quoc-phong-an-ninh", "boi-duong"],
            "entities": True,
        },
    ),
    Story(
        id=184,
        slug="thong-bao-ket-qua-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-khoa-84",
        title="Thông báo kết quả thi tốt nghiệp lớp Trung cấp lý luận chính trị khóa 84",
        cat="thong-bao",
        published_at="2026-09-15",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo kết quả thi tốt nghiệp lớp Trung cấp lý luận chính trị hệ"
                " không tập trung khóa 84 (mở tại cơ sở 2). Tổng số học viên dự thi 98, đạt yêu cầu 96,"
                " trong đó loại giỏi 23, loại khá 61, loại trung bình 12."
            ),
            P(
                "Học viên có nhu cầu phúc khảo nộp đơn tại Phòng Quản lý đào tạo - Nghiên cứu khoa học trong"
                " thời hạn 10 ngày kể từ ngày thông báo. Danh sách chi tiết xem tại tệp đính kèm."
            ),
        ],
        opts={
            "at": "2026-09-15 16:20",
            "author": None,
            "tags": ["trung-cap-llct"],
            "attach": ("ket-qua-thi-tot-nghiep-tc84.pdf", "Danh sách kết quả thi tốt nghiệp khóa 84", "96,7 KB"),
        },
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
_BY_EN_SLUG: dict[str, Story] = {s.opts["en"]["slug"]: s for s in STORIES if "en" in s.opts}


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(
    cat: str | None = None, tag: str | None = None, author: str | None = None, ym: tuple[int, int | None] | None = None
) -> list[Story]:
    items = [
        s
        for s in STORIES
        if (cat is None or s.cat == cat)
        and (tag is None or tag in s.opts["tags"])
        and (author is None or s.opts["author"] == author)
        and (ym is None or (_when(s).year == ym[0] and (ym[1] is None or _when(s).month == ym[1])))
    ]
    return sorted(items, key=_when, reverse=True)


def article_path(story: Story, lang: str = "vi") -> str:
    if lang == "en" and "en" in story.opts:
        return f"/en/tin-tuc/{story.opts['en']['slug']}/"
    return f"/{lang}/tin-tuc/{story.slug}/"


def _alt_paths(story: Story) -> list[str]:
    vi = article_path(story)
    out = [f"{vi}?edit", f"{vi}?toolbar_off"]
    if "en" not in story.opts:
        en = article_path(story, "en")
        out += [en, f"{en}?edit", f"{en}?toolbar_off"]
    return out


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [gold_record(s, article_path(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES]

_MONTHS = sorted({(_when(s).year, _when(s).month) for s in STORIES}, reverse=True)


def _paged(base: str, count: int) -> list[str]:
    return [base, *(f"{base}?page={n}" for n in range(2, _pages(count) + 1))]


NON_ARTICLES: list[str] = [
    "/vi/",
    *_paged("/vi/tin-tuc/", len(STORIES)),
    *(p for c in CATS for p in _paged(f"/vi/tin-tuc/category/{c}/", len(newest(cat=c)))),
    *(f"/vi/tin-tuc/tag/{t}/" for t in TAGS),
    *(f"/vi/tin-tuc/author/{a}/" for a in PEOPLE),
    *(p for y, m in _MONTHS for p in _paged(f"/vi/tin-tuc/{y}/{m:02d}/", len(newest(ym=(y, m))))),
    "/vi/gioi-thieu/",
    "/vi/gioi-thieu/lich-su-hinh-thanh/",
    "/vi/gioi-thieu/co-cau-to-chuc/",
    "/vi/van-ban/",
    "/vi/thu-vien-anh/",
    "/vi/lien-he/",
    "/vi/search/",
    "/en/",
    "/en/about-us/",
    "/en/tin-tuc/",
    *(article_path(s, "en") for s in STORIES if "en" in s.opts),
]


# --------------------------------------------------------------------------- text and dates

_VI_MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def printed_date(story: Story, lang: str = "vi") -> str:
    """Django's ``date:"d F Y"`` in the active language."""
    when = _when(story)
    month = (_VI_MONTHS if lang == "vi" else _EN_MONTHS)[when.month - 1]
    return f"{when:%d} {month} {when.year}"


def _iso(story: Story) -> str:
    return _when(story).isoformat()


_LATIN = {cp: name for cp, name in codepoint2name.items() if 0xC0 <= cp <= 0xFF}


def _ckeditor(markup: str) -> str:
    """CKEditor 4's ``entities_latin``: Latin-1 letters as named entities, the rest raw UTF-8."""
    return "".join(f"&{_LATIN[ord(ch)]};" if ord(ch) in _LATIN else ch for ch in markup)


def _t(value: str, story: Story) -> str:
    """Text of a text plugin as stored for this article."""
    out = text(value, nfd=bool(story.opts.get("nfd")))
    return _ckeditor(out) if story.opts.get("entities") else out


def _nbsp_once(markup: str) -> str:
    """Editors' habit: a non-breaking space typed after the first comma of a paragraph."""
    return markup.replace(", ", ",&nbsp;", 1)


# --------------------------------------------------------------------------- chrome

_S = {
    "vi": {
        "home": "Trang chủ", "news": "Tin tức", "about": "Giới thiệu", "author": "Tác giả:",
        "related": "Bài viết liên quan", "prev_a": "« Bài trước", "next_a": "Bài sau »",
        "pg_prev": "« Trước", "pg_next": "Sau »", "latest": "Bài viết mới", "cats": "Chuyên mục",
        "archive": "Lưu trữ", "tags": "Thẻ", "keywords": "Từ khóa:", "search_ph": "Nhập từ khóa...",
        "search": "Tìm kiếm", "empty": "Chưa có bài viết nào.", "login": "Đăng nhập quản trị",
        "print": "In bài viết", "mail": "Gửi email", "share": "Chia sẻ:", "counter": "Thống kê truy cập",
        "online": "Đang online", "today": "Hôm nay", "total": "Tổng lượt truy cập", "links": "Liên kết",
        "download": "Tải về", "tag_h": "Thẻ", "author_h": "Bài viết của tác giả", "archive_h": "Lưu trữ",
        "month": "Tháng {m}/{y}", "year": "Năm {y}", "notfound": "Không tìm thấy trang",
        "notfound_p": "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.", "back": "Về trang chủ",
        "featured": "Tin nổi bật", "more": "Xem thêm",
    },
    "en": {
        "home": "Home", "news": "News", "about": "About us", "author": "Author:",
        "related": "Related articles", "prev_a": "« Previous article", "next_a": "Next article »",
        "pg_prev": "« Previous", "pg_next": "Next »", "latest": "Latest articles", "cats": "Categories",
        "archive": "Archive", "tags": "Tags", "keywords": "Tags:", "search_ph": "Search...",
        "search": "Search", "empty": "No items available", "login": "Log in",
        "print": "Print", "mail": "Email", "share": "Share:", "counter": "Visitors",
        "online": "Online", "today": "Today", "total": "Total visits", "links": "Links",
        "download": "Download", "tag_h": "Tag", "author_h": "Articles by", "archive_h": "Archive",
        "month": "{mn} {y}", "year": "{y}", "notfound": "Page not found",
        "notfound_p": "The page you requested could not be found.", "back": "Back to home",
        "featured": "Featured", "more": "More",
    },
}


def _s(lang: str, key: str) -> str:
    return _S[lang][key]


def _month_label(lang: str, y: int, m: int) -> str:
    return _s(lang, "month").format(m=m, y=y, mn=_EN_MONTHS[m - 1])


def _head(request: Request, lang: str, title: str, extra: str = "", toolbar: bool = False) -> str:
    site = SITE if lang == "vi" else SITE_EN
    cms_css = (
        '\n<link rel="stylesheet" href="/static/cms/css/3.7.4/cms.base.css" type="text/css">'
        if toolbar
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{esc(title)} - {esc(site)}</title>
    {extra}
    <link rel="alternate" type="application/rss+xml" title="{esc(_s(lang, "news"))} - {esc(site)}" href="/{lang}/tin-tuc/feed/">
    <link rel="shortcut icon" href="/static/img/favicon.ico">
    <link rel="stylesheet" href="/static/vendor/bootstrap/css/bootstrap.min.css">
    <link rel="stylesheet" href="/static/css/tct-theme.css?v=20260815">{cms_css}
</head>"""


def _toolbar(mode: str, lang: str) -> str:
    """django CMS toolbar markup: hidden for anonymous users, shown with the login form on ?edit."""
    if mode == "off":
        return ""
    shown = mode == "edit"
    state = "cms-toolbar-expanded" if shown else "cms-toolbar-hidden"
    style = "" if shown else ' style="display:none"'
    off = (
        f'\n        <li class="cms-toolbar-item"><a href="?toolbar_off" class="cms-btn">{"Ẩn thanh công cụ" if lang == "vi" else "Hide toolbar"}</a></li>'
        if shown
        else ""
    )
    user = "Tên đăng nhập" if lang == "vi" else "Username"
    pwd = "Mật khẩu" if lang == "vi" else "Password"
    login = "Đăng nhập" if lang == "vi" else "Log in"
    return f"""<div id="cms-top" class="cms {state}" data-touch-action="none"{style}>
<div class="cms-toolbar" data-cms-toolbar>
    <div class="cms-toolbar-left">
        <div class="cms-toolbar-item cms-toolbar-item-logo"><a href="/{lang}/">django CMS</a></div>
        <form class="cms-toolbar-item cms-form-login" action="?edit" method="post">
            <input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">
            <label><span>{user}</span><input type="text" name="username" autocomplete="username"></label>
            <label><span>{pwd}</span><input type="password" name="password" autocomplete="current-password"></label>
            <button type="submit" class="cms-btn cms-btn-action">{login}</button>
        </form>
    </div>
    <ul class="cms-toolbar-right">{off}
    </ul>
</div>
</div>
<script data-cms>CMS._plugins = CMS._plugins || [];</script>
"""


def _chooser(lang: str, here: dict[str, str]) -> str:
    items = []
    for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
        cls = f"lang-{code}" + (" active" if code == lang else "")
        items.append(f'<li class="{cls}"><a href="{here[code]}" hreflang="{code}" title="{label}">{label}</a></li>')
    return f'<ul class="nav nav-pills language-chooser">{"".join(items)}</ul>'


_SELECTED = ' class="selected"'


def _menu(lang: str, active: str) -> str:
    if lang == "en":
        entries = [("/en/", "Home", []), ("/en/about-us/", "About us", []), ("/en/tin-tuc/", "News", [])]
    else:
        entries = [
            ("/vi/", "Trang chủ", []),
            (
                "/vi/gioi-thieu/",
                "Giới thiệu",
                [("/vi/gioi-thieu/lich-su-hinh-thanh/", "Lịch sử hình thành"), ("/vi/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức")],
            ),
            ("/vi/tin-tuc/", "Tin tức", [(f"/vi/tin-tuc/category/{c}/", n) for c, n in CATS.items()]),
            ("/vi/van-ban/", "Văn bản", []),
            ("/vi/thu-vien-anh/", "Thư viện ảnh", []),
            ("/vi/lien-he/", "Liên hệ", []),
        ]
    lis = []
    for href, label, children in entries:
        on = active == href or (href != f"/{lang}/" and active.startswith(href))
        cls = ' class="{}"'.format(" ".join(c for c in ("dropdown" if children else "", "active" if on else "") if c))
        cls = "" if cls == ' class=""' else cls
        sub = ""
        if children:
            sub = '<ul class="dropdown-menu">' + "".join(
                f'<li{_SELECTED if active == h else ""}><a href="{h}">{esc(n)}</a></li>' for h, n in children
            ) + "</ul>"
        lis.append(f'<li{cls}><a href="{href}">{esc(label)}</a>{sub}</li>')
    return f"""<nav class="navbar navbar-default tct-nav" role="navigation"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#tct-menu"><span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="tct-menu"><ul class="nav navbar-nav">{"".join(lis)}</ul></div>
</div></nav>"""


def _header(lang: str, here: dict[str, str]) -> str:
    today = TODAY if lang == "vi" else TODAY_EN
    top = "ĐẢNG BỘ TỈNH TÂY NINH" if lang == "vi" else "TAY NINH PROVINCIAL PARTY COMMITTEE"
    name = SITE.upper() if lang == "vi" else SITE_EN.upper()
    motto = "Đổi mới - Chất lượng - Hiệu quả" if lang == "vi" else "Innovation - Quality - Effectiveness"
    return f"""<div class="tct-topbar"><div class="container">
<span class="tct-today"><i class="glyphicon glyphicon-calendar"></i> {today}</span>
<form class="tct-search navbar-form" action="/{lang}/search/" method="get" role="search"><input type="text" name="q" class="form-control input-sm" placeholder="{esc(_s(lang, "search_ph"))}"><button type="submit" class="btn btn-sm btn-default">{_s(lang, "search")}</button></form>
{_chooser(lang, here)}
</div></div>
<header class="tct-header"><div class="container">
<a class="tct-logo" href="/{lang}/"><img src="/static/img/logo-truong-chinh-tri.png" alt="Logo" width="96" height="96"></a>
<div class="tct-brand"><p class="tct-brand-top">{top}</p><h1 class="site-name"><a href="/{lang}/">{esc(name)}</a></h1><p class="tct-motto">{esc(motto)}</p></div>
</div></header>"""


def _crumbs(lang: str, trail: list[tuple[str | None, str]]) -> str:
    items = [f'<li><a href="/{lang}/">{_s(lang, "home")}</a></li>']
    for href, label in trail:
        if href:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li class="active">{esc(label)}</li>')
    return f'<ol class="breadcrumb">{"".join(items)}</ol>'


def _title_of(story: Story, lang: str) -> str:
    return story.opts["en"]["title"] if lang == "en" and "en" in story.opts else story.title


def _sidebar(lang: str) -> str:
    latest = "".join(
        f'<li><a href="{article_path(s, lang)}">{esc(_title_of(s, lang))}</a> <span class="date">({_when(s):%d/%m/%Y})</span></li>'
        for s in newest()[:5]
    )
    cats = "".join(
        f'<li><a href="/{lang}/tin-tuc/category/{c}/">{esc(n)} <span class="badge">{len(newest(cat=c))}</span></a></li>'
        for c, n in CATS.items()
    )
    months = "".join(
        f'<li><a href="/{lang}/tin-tuc/{y}/{m:02d}/">{_month_label(lang, y, m)}</a> ({len(newest(ym=(y, m)))})</li>'
        for y, m in _MONTHS
    )
    used = [t for t in TAGS if newest(tag=t)]
    tags = " ".join(
        f'<a href="/{lang}/tin-tuc/tag/{t}/" class="tag tag-{min(3, len(newest(tag=t)))}">{esc(TAGS[t])}</a>' for t in used
    )
    return f"""<aside class="col-md-4 tct-sidebar">
<div class="plugin aldryn-newsblog-latest"><h3 class="plugin-title">{_s(lang, "latest")}</h3><ul class="list-unstyled">{latest}</ul></div>
<div class="plugin aldryn-newsblog-categories"><h3 class="plugin-title">{_s(lang, "cats")}</h3><ul class="list-unstyled">{cats}</ul></div>
<div class="plugin aldryn-newsblog-archive"><h3 class="plugin-title">{_s(lang, "archive")}</h3><ul class="list-unstyled">{months}</ul></div>
<div class="plugin aldryn-newsblog-tags"><h3 class="plugin-title">{_s(lang, "tags")}</h3><p class="tag-cloud">{tags}</p></div>
<div class="plugin tct-banners"><h3 class="plugin-title">{_s(lang, "links")}</h3>
<a href="https://tayninh.dcs.vn" target="_blank" rel="noopener"><img src="/static/img/banners/dang-bo-tay-ninh.jpg" alt="Đảng bộ tỉnh Tây Ninh" class="img-responsive"></a>
<a href="https://www.tayninh.gov.vn" target="_blank" rel="noopener"><img src="/static/img/banners/cong-ttdt-tay-ninh.jpg" alt="Cổng thông tin điện tử tỉnh Tây Ninh" class="img-responsive"></a>
<a href="https://hcma.vn" target="_blank" rel="noopener"><img src="/static/img/banners/hvctqg-hcm.jpg" alt="Học viện Chính trị quốc gia Hồ Chí Minh" class="img-responsive"></a>
<a href="https://dangcongsan.vn" target="_blank" rel="noopener"><img src="/static/img/banners/bao-dien-tu-dcsvn.jpg" alt="Báo điện tử Đảng Cộng sản Việt Nam" class="img-responsive"></a>
</div>
<div class="plugin tct-counter"><h3 class="plugin-title">{_s(lang, "counter")}</h3>
<ul class="list-unstyled"><li>{_s(lang, "online")}: <strong>14</strong></li><li>{_s(lang, "today")}: <strong>352</strong></li><li>{_s(lang, "total")}: <strong>1.204.338</strong></li></ul></div>
<p class="tct-rss"><a href="/{lang}/tin-tuc/feed/"><img src="/static/img/rss.png" alt="RSS" width="16" height="16"> RSS</a></p>
</aside>"""


def _footer(lang: str) -> str:
    if lang == "en":
        body = f"""<p class="tct-footer-name">{esc(SITE_EN.upper())}</p>
<p>Address: {esc(ADDRESS)}</p><p>Tel: {PHONE} - Hotline: {HOTLINE} - Email: {EMAIL}</p>
<p>© 2026 {esc(SITE_EN)}. All rights reserved.</p>"""
    else:
        body = f"""<p class="tct-footer-name">{esc(SITE.upper())}</p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: ThS. Trần Thị Kim Loan - Hiệu trưởng</p>
<p>Bản quyền thuộc {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>"""
    return f"""<footer class="tct-footer"><div class="container"><div class="row">
<div class="col-md-9">{body}</div>
<div class="col-md-3 text-right"><p class="tct-admin"><a href="?edit" rel="nofollow">{_s(lang, "login")}</a></p><p class="small">Powered by django CMS</p></div>
</div></div></footer>
<script src="/static/vendor/jquery/jquery.min.js"></script>
<script src="/static/vendor/bootstrap/js/bootstrap.min.js"></script>
<script src="/static/js/tct-theme.js"></script>
</body>
</html>"""


def _page(
    request: Request,
    lang: str,
    mode: str,
    title: str,
    main: str,
    here: dict[str, str],
    *,
    active: str = "",
    extra: str = "",
    sidebar: bool = True,
) -> str:
    column = f'<div class="col-md-8 tct-content">{main}</div>{_sidebar(lang)}' if sidebar else f'<div class="col-md-12 tct-content">{main}</div>'
    return (
        _head(request, lang, title, extra, toolbar=mode == "edit")
        + "\n<body>\n"
        + _toolbar(mode, lang)
        + _header(lang, here)
        + "\n"
        + _menu(lang, active)
        + f'\n<div class="container tct-main">\n<div class="row">{column}</div>\n</div>\n'
        + _footer(lang)
    )


# --------------------------------------------------------------------------- articles


def _author_line(story: Story, lang: str) -> str:
    key = story.opts["author"]
    if not key:
        return ""
    name, function = PEOPLE[key]
    return (
        f'<p class="author">{_s(lang, "author")} <a href="/{lang}/tin-tuc/author/{key}/">{esc(name)}</a>'
        f' <span class="author-function">- {esc(function)}</span></p>'
    )


def _date_line(story: Story, lang: str) -> str:
    return f'<p class="date"><time datetime="{_iso(story)}">{printed_date(story, lang)}</time></p>'


def _picture(img: Img, story: Story, pid: int) -> str:
    alt = img.src.rsplit("/", 1)[1].split("__", 1)[0]
    caption = f"\n        <figcaption>{_t(img.printed, story)}</figcaption>" if img.printed else ""
    return f"""<div class="cms-plugin cms-plugin-{pid}">
    <figure class="picture">
        <img src="{esc(img.src)}" alt="{esc(alt)}" width="800" height="533" class="img-responsive">{caption}
    </figure>
</div>"""


def _text_plugin(blocks: list, story: Story, pid: int) -> str:
    parts: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{_t(c, story)}</{tag}>" for c in row.text.split(" | "))
                (head if row.style == "th" else rows).append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                '<table class="table table-bordered" style="width: 100%;">'
                f'<thead>{"".join(head)}</thead><tbody>{"".join(rows)}</tbody></table>'
            )
            continue
        if isinstance(b, P) and b.style == "h":
            parts.append(f"<h3>{_t(b.text, story)}</h3>")
        elif isinstance(b, P) and b.style == "ref":
            parts.append(f'<p style="margin-left: 20px;"><em>{_t(b.text, story)}</em></p>')
        elif isinstance(b, P):
            inner = _t(b.text, story)
            parts.append(f"<p>{_nbsp_once(inner) if story.opts.get('entities') else inner}</p>")
        else:
            parts.append(b.html)
        i += 1
    return f'<div class="cms-plugin cms-plugin-{pid}">\n' + "\n".join(parts) + "\n</div>"


def _content(story: Story) -> str:
    """The article's content placeholder: text plugins between picture plugins."""
    out: list[str] = []
    run: list = []
    pid = story.id * 10

    def flush() -> None:
        nonlocal pid
        if run:
            pid += 1
            out.append(_text_plugin(list(run), story, pid))
            run.clear()

    for b in story.blocks:
        if isinstance(b, Img):
            if b.style == "featured":
                continue
            flush()
            pid += 1
            out.append(_picture(b, story, pid))
        else:
            run.append(b)
    flush()
    if "attach" in story.opts:
        name, label, size = story.opts["attach"]
        pid += 1
        out.append(
            f'<div class="cms-plugin cms-plugin-{pid}"><span class="filer_file"><a href="{filer_url(name)}" class="pdf" title="{esc(label)}">'
            f'<img src="/static/filer/icons/file_32x32.png" alt="pdf" width="16" height="16"> {esc(label)}</a> ({size})</span></div>'
        )
    return "\n".join(out)


def _tags_line(story: Story, lang: str) -> str:
    links = ", ".join(f'<a href="/{lang}/tin-tuc/tag/{t}/">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
    return f'<p class="tags">{_s(lang, "keywords")} {links}</p>'


def _related(story: Story) -> list[Story]:
    return [s for s in newest(cat=story.cat) if s is not story][:RELATED]


def _prev_next(story: Story) -> tuple[Story | None, Story | None]:
    order = newest()
    i = order.index(story)
    older = order[i + 1] if i + 1 < len(order) else None
    newer = order[i - 1] if i > 0 else None
    return older, newer


def _here_article(story: Story) -> dict[str, str]:
    return {lang: article_path(story, lang) for lang in LANGS}


def _article(request: Request, story: Story, lang: str, mode: str) -> str:
    english = lang == "en" and "en" in story.opts
    title = _title_of(story, lang)
    featured = next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)
    fig = f'\n    <p class="featured-image"><img src="{esc(featured.src)}" alt=""></p>' if featured else ""
    if english:
        en = story.opts["en"]
        lead = f'\n    <div class="lead"><p>{esc(en["lead"])}</p></div>'
        content = '<div class="cms-plugin cms-plugin-{}">\n{}\n</div>'.format(
            story.id * 10 + 9, "\n".join(f"<p>{esc(p)}</p>" for p in en["paragraphs"])
        )
    else:
        sapo = text(story.summary or "")
        sapo = _ckeditor(sapo) if story.opts.get("entities") else sapo
        lead = f'\n    <div class="lead"><p>{sapo}</p></div>' if story.summary else ""
        content = _content(story)
    cat_link = f'<a href="/{lang}/tin-tuc/category/{story.cat}/">{esc(CATS[story.cat])}</a>'
    older, newer = _prev_next(story)
    pager = []
    if older:
        pager.append(f'<li class="previous"><a href="{article_path(older, lang)}" title="{esc(_title_of(older, lang))}">{_s(lang, "prev_a")}</a></li>')
    if newer:
        pager.append(f'<li class="next"><a href="{article_path(newer, lang)}" title="{esc(_title_of(newer, lang))}">{_s(lang, "next_a")}</a></li>')
    related = "".join(
        f'<li><a href="{article_path(r, lang)}">{esc(_title_of(r, lang))}</a> <span class="date">({_when(r):%d/%m/%Y})</span></li>'
        for r in _related(story)
    )
    url = base_url(request) + article_path(story, lang)
    main = f"""{_crumbs(lang, [(f"/{lang}/tin-tuc/", _s(lang, "news")), (None, title)])}
<div class="aldryn aldryn-newsblog aldryn-newsblog-detail">
<article class="article">
    <p class="article-categories">{cat_link}</p>
    <h2>{esc(title)}</h2>
    {_author_line(story, lang)}
    {_date_line(story, lang)}{fig}{lead}
{content}
    {_tags_line(story, lang)}
</article>
<div class="tct-tools">
    <a href="javascript:window.print();" class="btn btn-default btn-xs"><i class="glyphicon glyphicon-print"></i> {_s(lang, "print")}</a>
    <a href="mailto:?subject={quote(title)}&amp;body={quote(url)}" class="btn btn-default btn-xs"><i class="glyphicon glyphicon-envelope"></i> {_s(lang, "mail")}</a>
    <span class="share">{_s(lang, "share")} <a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank" rel="noopener">Facebook</a>
    <a href="https://zalo.me/share?url={quote(url, safe="")}" target="_blank" rel="noopener">Zalo</a></span>
</div>
<ul class="pager">{"".join(pager)}</ul>
<div class="aldryn-newsblog-related">
    <h3>{_s(lang, "related")}</h3>
    <ul>{related}</ul>
</div>
</div>"""
    lead_text = story.opts["en"]["lead"] if english else (story.summary or "")
    extra = f'<meta name="description" content="{esc(lead_text[:160])}">' if lead_text else ""
    return _page(request, lang, mode, title, main, _here_article(story), active=f"/{lang}/tin-tuc/", extra=extra)


# --------------------------------------------------------------------------- listings


def _entry(story: Story, lang: str) -> str:
    english = lang == "en" and "en" in story.opts
    lead = story.opts["en"]["lead"] if english else story.summary
    lead_html = f'\n    <div class="lead"><p>{esc(lead)}</p></div>' if lead else ""
    return f"""<article class="article">
    <h2><a href="{article_path(story, lang)}">{esc(_title_of(story, lang))}</a></h2>
    {_author_line(story, lang)}
    {_date_line(story, lang)}{lead_html}
</article>"""


class _NotFound(Exception):
    pass


def _page_number(request: Request, count: int) -> int:
    raw = request.params.get("page", "1")
    last = _pages(count)
    if raw == "last":
        return last
    if not raw.isdigit() or not 1 <= int(raw) <= last:
        raise _NotFound
    return int(raw)


def _pager(lang: str, page: int, count: int) -> str:
    last = _pages(count)
    if last == 1:
        return ""
    items = []
    if page > 1:
        items.append(f'<li class="previous"><a href="?page={page - 1}">{_s(lang, "pg_prev")}</a></li>')
    else:
        items.append(f'<li class="previous disabled"><span>{_s(lang, "pg_prev")}</span></li>')
    for n in range(1, last + 1):
        items.append(f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="?page={n}">{n}</a></li>')
    if page < last:
        items.append(f'<li class="next"><a href="?page={page + 1}">{_s(lang, "pg_next")}</a></li>')
    else:
        items.append(f'<li class="next disabled"><span>{_s(lang, "pg_next")}</span></li>')
    return f'<nav class="aldryn-newsblog-pager"><ul class="pagination">{"".join(items)}</ul></nav>'


def _listing(request: Request, lang: str, mode: str, rest: str, heading: str | None, items: list[Story], trail: list) -> str:
    page = _page_number(request, len(items))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    entries = "\n".join(_entry(s, lang) for s in chunk) or f'<p class="empty">{_s(lang, "empty")}</p>'
    head = f'<h3 class="aldryn-newsblog-heading">{esc(heading)}</h3>\n' if heading else ""
    main = f"""{_crumbs(lang, trail)}
<div class="aldryn aldryn-newsblog aldryn-newsblog-list">
{head}{entries}
{_pager(lang, page, len(items))}
</div>"""
    here = {code: f"/{code}{rest}" for code in LANGS}
    title = heading or _s(lang, "news")
    return _page(request, lang, mode, title, main, here, active=f"/{lang}/tin-tuc/")


def _news(request: Request, lang: str, mode: str, rest: str) -> str | Response | None:
    news = (f"/{lang}/tin-tuc/", _s(lang, "news"))
    sub = rest[len("/tin-tuc/") :]
    if sub == "":
        return _listing(request, lang, mode, rest, None, newest(), [(None, _s(lang, "news"))])
    if sub == "feed/":
        return _feed(request, lang)
    if m := re.fullmatch(r"category/([\w-]+)/", sub):
        c = m.group(1)
        if c not in CATS:
            return None
        return _listing(request, lang, mode, rest, CATS[c], newest(cat=c), [news, (None, CATS[c])])
    if m := re.fullmatch(r"tag/([\w-]+)/", sub):
        t = m.group(1)
        if t not in TAGS:
            return None
        heading = f"{_s(lang, 'tag_h')}: {TAGS[t]}"
        return _listing(request, lang, mode, rest, heading, newest(tag=t), [news, (None, TAGS[t])])
    if m := re.fullmatch(r"author/([\w-]+)/", sub):
        a = m.group(1)
        if a not in PEOPLE:
            return None
        heading = f"{_s(lang, 'author_h')} {PEOPLE[a][0]}"
        return _listing(request, lang, mode, rest, heading, newest(author=a), [news, (None, PEOPLE[a][0])])
    if m := re.fullmatch(r"(\d{4})/(?:(\d{1,2})/)?", sub):
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else None
        label = _month_label(lang, y, mo) if mo and 1 <= mo <= 12 else _s(lang, "year").format(y=y)
        heading = f"{_s(lang, 'archive_h')}: {label}"
        return _listing(request, lang, mode, rest, heading, newest(ym=(y, mo)), [news, (None, label)])
    if m := re.fullmatch(r"(\w[-\w]*)/", sub):
        slug = m.group(1)
        story = _BY_SLUG.get(slug) if lang == "vi" else (_BY_EN_SLUG.get(slug) or _BY_SLUG.get(slug))
        if story is None:
            wrong = _BY_EN_SLUG.get(slug)  # an English slug under /vi/
            return redirect(article_path(wrong, "vi"), 301) if wrong else None
        if article_path(story, lang) != f"/{lang}{rest}":
            return redirect(article_path(story, lang), 301)  # parler: the slug of another language
        return _article(request, story, lang, mode)
    return None


# --------------------------------------------------------------------------- feed, sitemap, search


def _feed(request: Request, lang: str) -> Response:
    base = base_url(request)
    site = SITE if lang == "vi" else SITE_EN
    items = newest()[:FEED_SIZE]
    entries = "".join(
        f"<item><title>{esc(_title_of(s, lang))}</title><link>{base}{article_path(s, lang)}</link>"
        f"<description>{esc((s.opts['en']['lead'] if lang == 'en' and 'en' in s.opts else s.summary) or '')}</description>"
        f"<pubDate>{format_datetime(_when(s))}</pubDate><guid>{base}{article_path(s, lang)}</guid></item>"
        for s in items
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
        f"<title>{esc(_s(lang, 'news'))} - {esc(site)}</title><link>{base}/{lang}/tin-tuc/</link>"
        f"<description>{esc(site)}</description><atom:link href=\"{base}/{lang}/tin-tuc/feed/\" rel=\"self\"></atom:link>"
        f"<language>{lang}</language><lastBuildDate>{format_datetime(_when(items[0]))}</lastBuildDate>"
        f"{entries}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


_CMS_PAGES_VI = [
    "/vi/", "/vi/gioi-thieu/", "/vi/gioi-thieu/lich-su-hinh-thanh/", "/vi/gioi-thieu/co-cau-to-chuc/",
    "/vi/tin-tuc/", "/vi/van-ban/", "/vi/thu-vien-anh/", "/vi/lien-he/",
]
_CMS_PAGES_EN = ["/en/", "/en/about-us/", "/en/tin-tuc/"]


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = [(p, "2026-08-15", "monthly") for p in _CMS_PAGES_VI + _CMS_PAGES_EN]
    urls += [(article_path(s), f"{_when(s):%Y-%m-%d}", "never") for s in newest()]
    body = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    body += "".join(
        f"<url><loc>{base}{p}</loc><lastmod>{mod}</lastmod><changefreq>{freq}</changefreq><priority>0.5</priority></url>\n"
        for p, mod, freq in urls
    )
    body += "</urlset>\n"
    return Response(200, body, {"Content-Type": "application/xml"})


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request, lang: str, mode: str) -> str:
    q = request.params.get("q", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    results = "".join(
        f'<li class="search-result"><h4><a href="{article_path(s, lang)}">{esc(_title_of(s, lang))}</a></h4>'
        f'<p>{esc((s.summary or s.paragraphs[0])[:200])}…</p></li>'
        for s in hits
    )
    if lang == "vi":
        summary = f"<p>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”.</p>" if q else "<p>Vui lòng nhập từ khóa.</p>"
    else:
        summary = f"<p>{len(hits)} results for “{esc(q)}”.</p>" if q else "<p>Please enter a search term.</p>"
    main = f"""{_crumbs(lang, [(None, _s(lang, "search"))])}
<div class="aldryn-search">
<form action="" method="get" class="form-inline"><input type="text" name="q" value="{esc(q)}" class="form-control"><button type="submit" class="btn btn-primary">{_s(lang, "search")}</button></form>
{summary}<ul class="list-unstyled search-results">{results}</ul>
</div>"""
    here = {code: f"/{code}/search/" for code in LANGS}
    return _page(request, lang, mode, _s(lang, "search"), main, here, extra='<meta name="robots" content="noindex">')


# --------------------------------------------------------------------------- CMS pages


_STATIC: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "/gioi-thieu/": (
        "Giới thiệu",
        [
            ("p", f"{SITE} là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy và Ủy ban nhân dân tỉnh, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy; chịu sự hướng dẫn về nội dung, chương trình đào tạo của Học viện Chính trị quốc gia Hồ Chí Minh."),
            ("h", "Chức năng"),
            ("p", "Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý trong hệ thống chính trị ở cơ sở; trưởng, phó phòng, ban, ngành và tương đương; cán bộ, công chức, viên chức về lý luận chính trị, chuyên môn, nghiệp vụ; nghiên cứu khoa học và tổng kết thực tiễn."),
            ("h", "Nhiệm vụ"),
            ("p", "Tổ chức đào tạo trung cấp lý luận chính trị; phối hợp mở lớp cao cấp lý luận chính trị hệ không tập trung; bồi dưỡng cập nhật kiến thức, kỹ năng lãnh đạo, quản lý; bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng theo phân cấp."),
        ],
    ),
    "/gioi-thieu/lich-su-hinh-thanh/": (
        "Lịch sử hình thành",
        [
            ("p", "Tiền thân của Nhà trường là Trường Đảng tỉnh Tây Ninh, được thành lập sau ngày miền Nam hoàn toàn giải phóng, thống nhất đất nước năm 1975, với nhiệm vụ bồi dưỡng cán bộ chủ chốt cho các xã, huyện trong tỉnh."),
            ("h", "Giai đoạn 1975 - 1995"),
            ("p", "Trong những năm đầu, cơ sở vật chất còn nhiều thiếu thốn, đội ngũ giảng viên phần lớn là cán bộ kiêm nhiệm. Năm 1983, Trường Đảng tỉnh được đổi tên thành Trường Đảng Nguyễn Ái Quốc tỉnh Tây Ninh."),
            ("h", "Giai đoạn 1995 đến nay"),
            ("p", "Ngày 20/11/1995, Tỉnh ủy ban hành quyết định thành lập Trường Chính trị tỉnh Tây Ninh trên cơ sở hợp nhất Trường Đảng, Trường Hành chính và Trường Đoàn thể của tỉnh. Sau sắp xếp đơn vị hành chính năm 2025, Nhà trường tiếp nhận thêm cơ sở 2 tại phường Long An."),
            ("p", "Với những thành tích đạt được, Nhà trường vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất năm 2015 và được công nhận đạt chuẩn mức 1 năm 2023."),
        ],
    ),
    "/gioi-thieu/co-cau-to-chuc/": (
        "Cơ cấu tổ chức",
        [
            ("h", "Ban Giám hiệu"),
            ("li", "ThS. Trần Thị Kim Loan - Bí thư Đảng ủy, Hiệu trưởng"),
            ("li", "TS. Nguyễn Hoàng Phong - Phó Hiệu trưởng"),
            ("li", "ThS. Lâm Văn Được - Phó Hiệu trưởng"),
            ("h", "Các khoa, phòng"),
            ("li", "Khoa Lý luận cơ sở"),
            ("li", "Khoa Xây dựng Đảng"),
            ("li", "Khoa Nhà nước và pháp luật"),
            ("li", "Khoa Dân vận"),
            ("li", "Phòng Tổ chức - Hành chính"),
            ("li", "Phòng Quản lý đào tạo - Nghiên cứu khoa học"),
        ],
    ),
}

_DOCS = [
    ("quyet-dinh-ban-hanh-quy-che-dao-tao-2026.pdf", "Quyết định số 215-QĐ/TCT ban hành Quy chế đào tạo của Trường Chính trị tỉnh", "15/08/2026", "312,5 KB"),
    ("ke-hoach-dao-tao-boi-duong-nam-2027.pdf", "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027", "02/10/2026", "428,1 KB"),
    ("chuong-trinh-trung-cap-llct-2021.pdf", "Chương trình đào tạo Trung cấp lý luận chính trị", "10/03/2021", "1,2 MB"),
    ("mau-don-phuc-khao.pdf", "Mẫu đơn đề nghị phúc khảo bài thi", "05/01/2025", "58,3 KB"),
]

_GALLERY = [
    ("thu-vien-khai-giang-tc86-01.jpg", "Lễ khai giảng lớp Trung cấp lý luận chính trị khóa 86"),
    ("thu-vien-hoi-thao-chuyen-doi-so.jpg", "Hội thảo khoa học về chuyển đổi số trong giảng dạy"),
    ("thu-vien-nghien-cuu-thuc-te-10-2026.jpg", "Học viên nghiên cứu thực tế tại căn cứ Trung ương Cục miền Nam"),
    ("thu-vien-cong-doan-20-10.jpg", "Hội thi cắm hoa chào mừng Ngày Phụ nữ Việt Nam"),
    ("thu-vien-co-so-2.jpg", "Cơ sở 2 của Nhà trường tại phường Long An"),
    ("thu-vien-hoi-truong-a.jpg", "Hội trường A sau khi cải tạo"),
]


def _static_page(request: Request, lang: str, mode: str, rest: str) -> str:
    title, parts = _STATIC[rest]
    html_parts = []
    run: list[str] = []
    for kind, value in parts:
        if kind == "li":
            run.append(f"<li>{esc(value)}</li>")
            continue
        if run:
            html_parts.append("<ul>" + "".join(run) + "</ul>")
            run = []
        html_parts.append(f"<h3>{esc(value)}</h3>" if kind == "h" else f"<p>{esc(value)}</p>")
    if run:
        html_parts.append("<ul>" + "".join(run) + "</ul>")
    trail = [(None, title)] if rest == "/gioi-thieu/" else [("/vi/gioi-thieu/", "Giới thiệu"), (None, title)]
    main = f"""{_crumbs(lang, trail)}
<div class="tct-page"><h2 class="page-title">{esc(title)}</h2>
<div class="cms-plugin cms-plugin-{len(rest) * 7}">{"".join(html_parts)}</div></div>"""
    here = {"vi": f"/vi{rest}", "en": "/en/about-us/" if rest == "/gioi-thieu/" else f"/en{rest}"}
    return _page(request, lang, mode, title, main, here, active=f"/vi{rest}")


def _about_en(request: Request, mode: str) -> str:
    main = f"""{_crumbs("en", [(None, "About us")])}
<div class="tct-page"><h2 class="page-title">About us</h2>
<div class="cms-plugin cms-plugin-9001"><p>{esc(SITE_EN)} trains and retrains leaders and managers of the political system at grassroots level, and civil servants of the province, in political theory, state management and professional skills.</p>
<p>The School was founded in 1995 and has two campuses, in Tan Ninh ward and in Long An ward.</p></div></div>"""
    here = {"vi": "/vi/gioi-thieu/", "en": "/en/about-us/"}
    return _page(request, "en", mode, "About us", main, here, active="/en/about-us/")


def _documents(request: Request, mode: str) -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td><span class="filer_file"><a href="{filer_url(f)}" class="pdf">{esc(label)}</a></span></td><td>{day}</td><td>{size}</td></tr>'
        for n, (f, label, day, size) in enumerate(_DOCS, 1)
    )
    main = f"""{_crumbs("vi", [(None, "Văn bản")])}
<div class="tct-page"><h2 class="page-title">Văn bản</h2>
<div class="cms-plugin cms-plugin-7301"><table class="table table-striped"><thead><tr><th>STT</th><th>Tên văn bản</th><th>Ngày ban hành</th><th>Dung lượng</th></tr></thead><tbody>{rows}</tbody></table></div></div>"""
    here = {"vi": "/vi/van-ban/", "en": "/en/van-ban/"}
    return _page(request, "vi", mode, "Văn bản", main, here, active="/vi/van-ban/")


def _gallery(request: Request, mode: str) -> str:
    items = "".join(
        f'<li class="filer-folder-item"><a href="{filer_url(f)}" data-lightbox="thu-vien" title="{esc(c)}">'
        f'<img src="{thumb(f, "240x160")}" alt="{esc(f)}" width="240" height="160"></a><p class="filer-caption">{esc(c)}</p></li>'
        for f, c in _GALLERY
    )
    main = f"""{_crumbs("vi", [(None, "Thư viện ảnh")])}
<div class="tct-page"><h2 class="page-title">Thư viện ảnh</h2>
<div class="cms-plugin cms-plugin-7402"><div class="filer_folder filer_folder_list" id="folder_58"><h4>Hoạt động năm 2026</h4><ul class="list-inline">{items}</ul></div></div></div>"""
    here = {"vi": "/vi/thu-vien-anh/", "en": "/en/thu-vien-anh/"}
    return _page(request, "vi", mode, "Thư viện ảnh", main, here, active="/vi/thu-vien-anh/")


def _contact(request: Request, mode: str) -> str:
    if request.method == "POST":
        form = '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</div>'
    else:
        form = f"""<form action="/vi/lien-he/" method="post" class="aldryn-forms"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}"><input type="hidden" name="form_plugin_id" value="7503">
<div class="form-group required"><label for="id_ho-va-ten">Họ và tên</label><input type="text" name="ho-va-ten" id="id_ho-va-ten" class="form-control" required></div>
<div class="form-group required"><label for="id_email">Email</label><input type="email" name="email" id="id_email" class="form-control" required></div>
<div class="form-group"><label for="id_so-dien-thoai">Số điện thoại</label><input type="text" name="so-dien-thoai" id="id_so-dien-thoai" class="form-control"></div>
<div class="form-group required"><label for="id_noi-dung">Nội dung</label><textarea name="noi-dung" id="id_noi-dung" rows="6" class="form-control" required></textarea></div>
<button type="submit" class="btn btn-primary">Gửi</button></form>"""
    main = f"""{_crumbs("vi", [(None, "Liên hệ")])}
<div class="tct-page"><h2 class="page-title">Liên hệ</h2>
<div class="cms-plugin cms-plugin-7501"><p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Fax: 0276 3 822 416</p><p>Email: {EMAIL}</p></div>
<div class="cms-plugin cms-plugin-7502">{form}</div></div>"""
    here = {"vi": "/vi/lien-he/", "en": "/en/lien-he/"}
    return _page(request, "vi", mode, "Liên hệ", main, here, active="/vi/lien-he/")


def _home(request: Request, lang: str, mode: str) -> str:
    featured = [s for s in newest() if any(isinstance(b, Img) for b in s.blocks)][:3]
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{article_path(s, lang)}"><img src="{esc(s.images[0].src)}" alt=""></a>'
        f'<div class="carousel-caption"><h4><a href="{article_path(s, lang)}">{esc(_title_of(s, lang))}</a></h4></div></div>'
        for i, s in enumerate(featured)
    )
    blocks = []
    for c, n in CATS.items():
        lis = "".join(
            f'<li><a href="{article_path(s, lang)}">{esc(_title_of(s, lang))}</a> <span class="date">{_when(s):%d/%m/%Y}</span></li>'
            for s in newest(cat=c)[:4]
        )
        blocks.append(
            f'<div class="plugin aldryn-newsblog-latest home-box"><h3 class="plugin-title"><a href="/{lang}/tin-tuc/category/{c}/">{esc(n)}</a></h3>'
            f'<ul class="list-unstyled">{lis}</ul><p class="text-right"><a href="/{lang}/tin-tuc/category/{c}/">{_s(lang, "more")} »</a></p></div>'
        )
    intro = (
        f'<div class="plugin home-intro"><h3 class="plugin-title">Giới thiệu</h3><p>{esc(SITE)} là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị tỉnh.</p><a href="/vi/gioi-thieu/">Xem thêm »</a></div>'
        if lang == "vi"
        else f'<div class="plugin home-intro"><h3 class="plugin-title">About us</h3><p>{esc(SITE_EN)} trains leaders and managers of the province.</p><a href="/en/about-us/">More »</a></div>'
    )
    main = f"""<div id="tct-slider" class="carousel slide" data-ride="carousel"><h3 class="plugin-title">{_s(lang, "featured")}</h3><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#tct-slider" data-slide="prev">‹</a><a class="right carousel-control" href="#tct-slider" data-slide="next">›</a></div>
{"".join(blocks)}
{intro}"""
    here = {code: f"/{code}/" for code in LANGS}
    title = _s(lang, "home")
    return _page(request, lang, mode, title, main, here, active=f"/{lang}/")


def _not_found(lang: str = "vi") -> Response:
    body = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>404 - {_s(lang, "notfound")}</title><link rel="stylesheet" href="/static/css/tct-theme.css?v=20260815"></head>
<body class="error-404"><div class="container"><h1 class="site-name">{esc(SITE if lang == "vi" else SITE_EN)}</h1>
<h2>404 - {_s(lang, "notfound")}</h2><p>{_s(lang, "notfound_p")}</p><p><a href="/{lang}/">{_s(lang, "back")}</a></p></div></body></html>"""
    return html(body, status=404)


_ROBOTS = "User-agent: *\nDisallow: /admin/\n\nSitemap: {base}/sitemap.xml\n"


def _preferred_language(request: Request) -> str:
    """Django's get_language_from_request without the cookie: Accept-Language by quality."""
    header = request.headers.get("Accept-Language", "") or request.headers.get("accept-language", "")
    ranked = []
    for n, part in enumerate(header.split(",")):
        bits = part.strip().split(";q=")
        if not bits[0]:
            continue
        try:
            q = float(bits[1]) if len(bits) > 1 else 1.0
        except ValueError:
            q = 0.0
        ranked.append((-q, n, bits[0].lower()))
    for _, _, code in sorted(ranked):
        if code.split("-")[0] in LANGS:
            return code.split("-")[0]
    return "vi"


class DjangoCMSSite:
    """The project's urls.py: static/media, robots, sitemap, then ``i18n_patterns`` (cms.urls)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/static/", "/media/filer_public_thumbnails/")):
            return static_file(path) or _not_found()
        if path.startswith("/media/filer_public/"):
            if path.endswith(".pdf"):
                known = {filer_url(d[0]) for d in _DOCS} | {filer_url(s.opts["attach"][0]) for s in STORIES if "attach" in s.opts}
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else _not_found()
            return static_file(path) or _not_found()
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/favicon.ico":
            return static_file(path)
        m = re.match(r"^/(vi|en)(/.*)?$", path)
        if not m:
            lang = _preferred_language(request)
            target = f"/{lang}{path}" + (f"?{request.query}" if request.query else "")
            return Response(302, b"", {"Location": target, "Vary": "Accept-Language, Cookie", "Content-Language": lang})
        lang, rest = m.group(1), m.group(2) or "/"
        if not rest.endswith("/"):
            return redirect(f"/{lang}{rest}/" + (f"?{request.query}" if request.query else ""), 301)
        params = request.params
        mode = "edit" if "edit" in params else ("off" if "toolbar_off" in params else "")
        try:
            page = self._route(request, lang, rest, mode)
        except _NotFound:
            return _not_found(lang)
        if page is None:
            return _not_found(lang)
        if isinstance(page, Response):
            return page
        headers = {"Content-Language": lang, "Vary": "Accept-Language, Cookie", "X-Frame-Options": "SAMEORIGIN"}
        if mode == "edit":
            headers["Set-Cookie"] = f"csrftoken={CSRF}; Path=/; SameSite=Lax"
        return html(page, headers=headers)

    def _route(self, request: Request, lang: str, rest: str, mode: str) -> str | Response | None:
        if rest == "/":
            return _home(request, lang, mode)
        if rest.startswith("/tin-tuc/"):
            return _news(request, lang, mode, rest)
        if rest == "/search/":
            return _search(request, lang, mode)
        if lang == "en":
            if rest == "/about-us/":
                return _about_en(request, mode)
            if rest in _STATIC or rest in ("/van-ban/", "/thu-vien-anh/", "/lien-he/"):
                return redirect(f"/vi{rest}", 302)  # redirect_on_fallback: no English title
            return None
        if rest == "/about-us/":
            return redirect("/vi/gioi-thieu/", 302)
        if rest in _STATIC:
            return _static_page(request, lang, mode, rest)
        if rest == "/van-ban/":
            return _documents(request, mode)
        if rest == "/thu-vien-anh/":
            return _gallery(request, mode)
        if rest == "/lien-he/":
            return _contact(request, mode)
        return None


def build_site() -> DjangoCMSSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return DjangoCMSSite()
