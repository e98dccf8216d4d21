"""Sở Giáo dục và Đào tạo tỉnh Sóc Trăng: a Laravel 10 portal built by a local vendor.

Platform
--------
Laravel 10 rendered server side with Blade layouts, Tailwind utility classes everywhere ("prose",
"max-w-4xl", "text-sm text-gray-500": no semantic class names), Alpine.js for the menu, slider and
"Đọc tiếp" fold, Livewire 3 components (poll, feedback, comments, the "Thông báo" listing) and one
module the vendor later rewrote in Inertia + Vue with SSR (the "Văn bản" register: the rendered
markup plus the ``data-page`` JSON, and a JSON answer to an ``X-Inertia`` request). Vite assets
under /build/assets/, uploads under /storage/uploads/<yyyy>/<mm>/. The application runs with
Laravel's default ``APP_TIMEZONE=UTC``; the templates convert to Asia/Ho_Chi_Minh for display only.

URL scheme
----------
- ``/``: home (featured slider, "Tin mới", one block per category, sidebar);
- ``/chuyen-muc/<slug>`` and ``?page=N``: category listings with Laravel's paginator
  ("« Trước 1 2 Sau »", page 1 linked as ``?page=1``, "Hiển thị 1 đến 4 của 6 kết quả");
- ``/bai-viet/<slug>-<id>``: articles; the controller finds the post by id, any slug answers;
- ``/van-ban`` and ``/van-ban/<id>``: the document register (Inertia pages);
- ``/storage/uploads/<yyyy>/<mm>/<file>``: photos and attachments;
- ``/gioi-thieu``, ``/lien-he``, ``/tim-kiem?q=``: the usual pages.

Page templates
--------------
Article: breadcrumb ``<nav aria-label="Breadcrumb">`` (Trang chủ / Tin tức / <category> / title cut
by Str::limit), the headline in an ``<h2>`` (the ``<h1>`` is the institution's name in the
header), a meta row of inline SVG icons (calendar + date, eye + views, user + poster account), an
optional lead in its own ``div.text-lg.font-semibold``, the text in ``div.prose`` (CKEditor 5
markup, or Trix markup for posts written in the vendor's newer editor), then attachments, tags,
share buttons, "Tin liên quan" cards, a Livewire comment box. Listing: cards with thumbnail,
title, relative date ("3 ngày trước"), excerpt, then the paginator.

How the gold articles are reached
---------------------------------
- Hoạt động ngành (4 a page): 2418, 2412, 2405, 2398 on page 1 (and on the home page);
  2387 and 2379 only on ``?page=2``.
- Khảo thí - Kiểm định chất lượng (3 a page): 2416, 2402, 2393 on page 1; 2374 only on ``?page=2``.
- Thông báo (Livewire list, 2 a page): 2420 and 2409 on page 1; its pager is made of
  ``wire:click`` buttons without href, so 2384 is reached only through the base-relative
  "Tin liên quan" cards of 2420 and 2409.

Traps
-----
1. ``<base href="http://host/">`` with base-relative links (kind not in the README: URL
   resolution). The breadcrumbs and the "Tin liên quan" cards print ``bai-viet/<slug>-<id>`` and
   ``chuyen-muc/<slug>`` without a leading slash; resolved against the page URL instead of the
   base they give ``/bai-viet/bai-viet/…`` which 404s. Gold: 2384 is only reachable through them.
2. Livewire pager without hrefs (discovery): the "Thông báo" listing pages with
   ``<button wire:click="gotoPage(2, 'page')">``; ``?page=2`` answers when asked but is linked
   from nowhere. Gold: 2384 exists all the same (see 1).
3. Text folded by Alpine (kind not in the README: hidden text). In 2405 the rest of the text sits
   in ``<div x-show="moRong" x-collapse x-cloak style="display: none;">`` behind a "Đọc tiếp"
   button. Gold: the folded paragraphs are body; the button's words are not.
4. Metadata that disagrees with the page (kind not in the README): ``<title>``, og:title and the
   JSON-LD headline are cut by ``Str::limit(…, 60)`` with "..."; the JSON-LD ``datePublished`` is
   the post's ``created_at`` printed as a naive UTC timestamp ("2026-11-25 02:12:45"), for some
   posts the day the draft was made, for all of them 7 hours off. Gold: the headline as printed in
   the ``<h2>``; the date the meta row prints, in +07:00.
5. Relative dates with a UTC ``<time>`` (dates, timezone): 2418 and 2416 print only "2 ngày
   trước" / "3 ngày trước", the instant being in ``<time datetime="2026-12-02T23:10:00.000000Z"
   title="03/12/2026 06:10">``. Gold: "2026-12-03T06:10:00+07:00" (the UTC day is the 2nd).
6. Carbon's Vietnamese 12-hour clock: "Thứ Ba, 01/12/2026 - 2:45 CH" is 14:45; "9:30 SA" is
   09:30. A day printed with "Cập nhật: 04/12/2026 16:02" beside it (2387) keeps the day alone;
   "16/11/2026 00:00" (2393) is a day without a time.
7. Lazy images with a ``<noscript>`` twin (kind not in the README): 2412's photos have a data-URI
   GIF in ``src``, the real path in ``data-src`` and the same ``<img>`` again in ``<noscript>``.
   Gold: each photo once, at its ``data-src`` path.
8. Trix editor markup (kind not in the README: text without paragraphs): 2387 is one
   ``<div>`` per run of text, paragraphs separated by ``<br><br>``, single ``<br>`` line breaks,
   a heading as ``<h1>`` inside the text, photos as ``figure.attachment`` whose caption is either
   the editor's caption or, when nobody typed one, the file name and size
   ("IMG_20261105_091534.jpg 284.6 KB"). Gold: every line is a paragraph; the ``<h1>`` is a body
   paragraph, not the title; the file-name caption is no caption (None).
9. Invisible characters pasted from Zalo/Word (kind not in the README): 2418 and 2374 carry
   zero-width spaces (raw and as ``&#8203;``) and a BOM opening the first paragraph; 2409's title
   has a zero-width space before "(đợt 2)". Gold: the text as a reader sees it, without them.
10. Widgets inside ``div.prose``: a "Nghe đọc bài viết" text-to-speech player (``not-prose``) at
    the top, a Livewire "Bài viết có hữu ích với bạn không?" box at the bottom, "Xem thêm:" and
    "Xem toàn văn:" link lines and "📎" attachment lines. Gold: none of them is body.
11. Duplicate URLs: the controller ignores the slug, the "Đọc nhiều" cache and an old "Xem thêm"
    link still carry pre-edit slugs (2398, 2405), the slider adds ``?ref=noi-bat`` (2398, 2416,
    2412). Gold: ``alt_paths``; canonical is the current slug.
12. A withdrawn post still listed by the cached home "Tin mới" widget (kind not in the README:
    soft 404): ``/bai-viet/thong-bao-lich-hop-giao-ban-thang-12-2026-2415`` answers 200 with the
    full chrome and "Bài viết không tồn tại hoặc đã bị gỡ bỏ." Gold: not an article (NON_ARTICLES).
13. Bylines and sources: the meta row's user icon prints the CMS account ("bientap.sgddt") ->
    nobody; the real byline closes the text, right-aligned: "Tin, ảnh: X", "Tin: X - Ảnh: Y",
    a unit ("Văn phòng Sở", "Phòng KT&KĐCLGD", "Phòng GDTrH"), "ThS. X - Phó Trưởng phòng …";
    "Nguồn: Báo Sóc Trăng" and "Theo Đài PT-TH Sóc Trăng" are sources, while "Theo báo cáo của
    thị xã…" and "Theo kế hoạch, …" are text.
14. Captions in many forms: CKEditor ``<figcaption>``, an italic centred line after the photo,
    a two-row image table, a line in parentheses (taken off), a credit-only "Ảnh: Kim Sô Phia"
    (caption None, photographer), a photo without any line (None). A CKEditor 5 table is a
    ``<figure class="table">``: its rows are body ("cells | joined").
15. An official notice (2420) with the letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận"
    and signature: its date is the letterhead's day (2026-12-03) although the meta row prints
    "04/12/2026 10:15"; the signer is the author.

Gold decisions on ambiguous points
----------------------------------
- The relative date's instant is taken from the ``<time>`` element (its tooltip prints the same
  local time); the naive JSON-LD timestamp is never used.
- The Trix file-name line ("IMG_… 284.6 KB") is the editor's placeholder, not a caption.
- The footnote "[1]" call and the "Chú thích" heading and note of 2374 are body (README).
- The unit that signs alone is the author as printed ("Văn phòng Sở", "Phòng KT&KĐCLGD").
- 2387 has no byline; its "Theo Đài PT-TH Sóc Trăng" line is its source.
- Category = the deepest breadcrumb item before the title ("Hoạt động ngành", not "Tin tức").
- The document register pages and the withdrawn post's page are not articles.
"""

from __future__ import annotations

import html as _html
import json
import re
from datetime import date, datetime, timedelta

from crawler.demo.server import Request, Response
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    gold_record,
    opaque,
    static_file,
)

NAME = "php_laravel_inertia_vendor_sgddt"
PLATFORM = "Laravel 10 (Blade + Tailwind, Alpine.js, Livewire 3; Inertia module for văn bản)"
START_PATH = "/"

TODAY = date(2026, 12, 5)
HEADER_DATE = "Thứ Bảy, 05/12/2026"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
ZW = "\u200b"
BOM = "\ufeff"

#: slug -> (name printed in menu and breadcrumb, per page, listing kind)
CATEGORIES: dict[str, tuple[str, int, str]] = {
    "hoat-dong-nganh": ("Hoạt động ngành", 4, "blade"),
    "khao-thi-kiem-dinh": ("Khảo thí - Kiểm định chất lượng", 3, "blade"),
    "thong-bao": ("Thông báo", 2, "livewire"),
}

U = "/storage/uploads"

# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2418,
        slug="so-gddt-lam-viec-voi-ubnd-thi-xa-vinh-chau-ve-cong-tac-pho-cap-giao-duc-xoa-mu-chu",
        title="Sở GD&ĐT làm việc với UBND thị xã Vĩnh Châu về công tác phổ cập giáo dục, xóa mù chữ",
        cat="hoat-dong-nganh",
        published_at="2026-12-03T06:10:00+07:00",
        summary=(
            "Chiều ngày 02/12/2026, đoàn công tác của Sở Giáo dục và Đào tạo do ông Lâm Văn Hùng, "
            "Phó Giám đốc Sở làm trưởng đoàn đã có buổi làm việc với Ủy ban nhân dân thị xã Vĩnh "
            "Châu về kết quả thực hiện công tác phổ cập giáo dục, xóa mù chữ năm 2026."
        ),
        blocks=[
            P(
                "Chiều ngày 02/12/2026, đoàn công tác của Sở Giáo dục và Đào tạo do ông Lâm Văn Hùng, "
                "Phó Giám đốc Sở làm trưởng đoàn đã có buổi làm việc với Ủy ban nhân dân thị xã Vĩnh "
                "Châu về kết quả thực hiện công tác phổ cập giáo dục, xóa mù chữ năm 2026.",
                "bold",
            ),
            P(
                "Tiếp và làm việc với đoàn có bà Trần Thị Ngọc Diệp, Phó Chủ tịch UBND thị xã cùng "
                "lãnh đạo Phòng Giáo dục và Đào tạo, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường "
                "xuyên thị xã và đại diện các phường, xã trên địa bàn."
            ),
            P(
                "Theo báo cáo của thị xã, đến tháng 11/2026 có 10/10 phường, xã duy trì đạt chuẩn phổ "
                "cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3 và phổ cập "
                "giáo dục trung học cơ sở mức độ 2. Tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ mức "
                "độ 2 đạt 96,8%, tăng 1,2% so với cùng kỳ năm trước."
            ),
            P(
                "Bên cạnh kết quả đạt được, thị xã vẫn còn gặp khó khăn trong việc vận động học viên là "
                "người dân tộc Khmer lớn tuổi tham gia các lớp xóa mù chữ, do phần lớn phải đi làm ăn xa "
                "hoặc bận lao động sản xuất theo mùa vụ."
            ),
            Img(
                f"{U}/2026/12/lam-viec-vinh-chau-pcgd.jpg",
                "Ông Lâm Văn Hùng, Phó Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc",
                "Ông Lâm Văn Hùng, Phó Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc",
                "fig",
            ),
            P(
                "Phát biểu kết luận, ông Lâm Văn Hùng ghi nhận những nỗ lực của thị xã Vĩnh Châu, đồng "
                "thời đề nghị địa phương tiếp tục rà soát, cập nhật số liệu phổ cập trên hệ thống thông "
                "tin điện tử, mở thêm các lớp xóa mù chữ vào buổi tối tại các điểm chùa Khmer để thuận "
                "tiện cho người học."
            ),
            P(
                "Ông cũng lưu ý các trường học cần phối hợp chặt chẽ với ban nhân dân ấp, khóm để vận "
                "động học sinh bỏ học trở lại lớp, phấn đấu không để học sinh nào phải bỏ học vì hoàn "
                "cảnh khó khăn."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/bai-viet/ngay-hoi-van-hoa-the-thao-hoc-sinh-khmer-2405">'
                "Ngày hội văn hóa, thể thao học sinh dân tộc Khmer lần thứ VII</a></em></p>"
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"date": "rel", "local": "2026-12-03 06:10", "poster": "bientap.sgddt", "zw": True,
              "tags": ["phổ cập giáo dục", "Vĩnh Châu"]},
    ),
    Story(
        id=2412,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học cơ sở năm học 2026 – 2027",
        cat="hoat-dong-nganh",
        published_at="2026-12-01T14:45:00+07:00",
        summary=(
            "Sáng 01/12/2026, tại Trường THCS Lê Quý Đôn (phường 2, thành phố Sóc Trăng), Sở Giáo "
            "dục và Đào tạo khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học cơ sở năm "
            "học 2026 – 2027 với sự tham gia của 186 giáo viên đến từ 11 huyện, thị xã, thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tuyên dương và tôn vinh những giáo viên có năng lực chuyên môn "
                "vững vàng, vận dụng hiệu quả các phương pháp, kỹ thuật dạy học tích cực theo Chương "
                "trình giáo dục phổ thông 2018; đồng thời tạo cơ hội để giáo viên giao lưu, học hỏi "
                "kinh nghiệm lẫn nhau."
            ),
            P(
                "Các giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
                "dạy học, giáo dục học sinh và thực hành dạy hai tiết trên lớp, trong đó một tiết do "
                "thí sinh tự chọn và một tiết do Ban tổ chức bốc thăm trước 3 ngày."
            ),
            Img(
                f"{U}/2026/12/khai-mac-hoi-thi-gvdg-thcs-1.jpg",
                "Quang cảnh lễ khai mạc Hội thi",
                "Quang cảnh lễ khai mạc Hội thi",
                "fig",
            ),
            P(
                "Phát biểu khai mạc, bà Huỳnh Thị Kim Loan, Giám đốc Sở Giáo dục và Đào tạo đề nghị Ban "
                "giám khảo làm việc khách quan, công bằng, đánh giá đúng năng lực của từng giáo viên; "
                "các thí sinh phát huy tinh thần sáng tạo, mạnh dạn ứng dụng công nghệ thông tin và "
                "chuyển đổi số trong từng tiết dạy."
            ),
            Img(
                f"{U}/2026/12/khai-mac-hoi-thi-gvdg-thcs-2.jpg",
                "Giáo viên Trường THCS Đại Ngãi (huyện Long Phú) thực hành tiết dạy môn Khoa học tự nhiên",
                "Giáo viên Trường THCS Đại Ngãi (huyện Long Phú) thực hành tiết dạy môn Khoa học tự nhiên",
                "fig",
            ),
            P(
                "Hội thi diễn ra đến hết ngày 12/12/2026 tại 4 điểm trường trên địa bàn thành phố Sóc "
                "Trăng. Kết quả sẽ được công bố và trao giấy chứng nhận trong lễ bế mạc dự kiến tổ chức "
                "vào ngày 15/12/2026."
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Sơn Thị Chanh Đa</strong></p>'),
        ],
        authors=["Sơn Thị Chanh Đa"],
        photographers=["Sơn Thị Chanh Đa"],
        opts={"date": "ampm", "local": "2026-12-01 14:45", "created": "2026-11-30 03:02:11",
              "poster": "bientap.sgddt", "lazy": True, "ref": True,
              "tags": ["giáo viên dạy giỏi", "THCS"]},
    ),
    Story(
        id=2405,
        slug="ngay-hoi-van-hoa-the-thao-hoc-sinh-dan-toc-khmer-lan-thu-vii-nam-2026",
        title="Ngày hội văn hóa, thể thao học sinh dân tộc Khmer lần thứ VII năm 2026",
        cat="hoat-dong-nganh",
        published_at="2026-11-27T08:30:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 25 và 26/11/2026, tại Trường Phổ thông Dân tộc nội trú tỉnh Sóc Trăng, "
                "Sở Giáo dục và Đào tạo phối hợp với Ban Dân tộc tỉnh tổ chức Ngày hội văn hóa, thể thao "
                "học sinh dân tộc Khmer lần thứ VII năm 2026."
            ),
            P(
                "Ngày hội thu hút hơn 600 học sinh là vận động viên, diễn viên đến từ 11 trường phổ thông "
                "dân tộc nội trú, trường phổ thông dân tộc bán trú và các trường trung học phổ thông có "
                "đông học sinh dân tộc Khmer trong tỉnh."
            ),
            Img(
                f"{U}/2026/11/ngay-hoi-khmer-sa-dam.jpg",
                "Màn trống Sa-dăm chào mừng Ngày hội",
                "Màn trống Sa-dăm chào mừng Ngày hội",
                "next",
            ),
            P(
                "Học sinh tranh tài ở các nội dung: hát dân ca Khmer, múa Rom vong, múa Lâm thol, thi kể "
                "chuyện bằng tiếng Khmer, thi trang phục truyền thống cùng các môn thể thao dân gian như "
                "kéo co, đua ghe Ngo trên cạn, đẩy gậy và ném còn."
            ),
            P(
                "Điểm nhấn của Ngày hội năm nay là phần thi tái hiện Lễ hội Ok Om Bok với nghi thức cúng "
                "trăng, thả đèn nước và đút cốm dẹp, giúp các em hiểu thêm ý nghĩa của lễ hội truyền "
                "thống đặc sắc của đồng bào Khmer Nam Bộ."
            ),
            Img(f"{U}/2026/11/ngay-hoi-khmer-ok-om-bok.jpg", "Ảnh: Kim Sô Phia", None, "fig"),
            P(
                "Em Thạch Thị Sô Ny, học sinh lớp 11 Trường Phổ thông Dân tộc nội trú huyện Trần Đề chia "
                "sẻ: “Em rất vui khi được cùng các bạn giới thiệu điệu múa của dân tộc mình. Qua ngày "
                "hội, em càng thêm tự hào và có ý thức giữ gìn tiếng nói, chữ viết của người Khmer”."
            ),
            P(
                "Kết thúc Ngày hội, Ban tổ chức trao 3 giải toàn đoàn, 42 giải cá nhân và 16 giải tập thể "
                "ở các nội dung thi. Trường Phổ thông Dân tộc nội trú tỉnh Sóc Trăng đoạt giải Nhất toàn "
                "đoàn; giải Nhì thuộc về Trường Phổ thông Dân tộc nội trú thị xã Vĩnh Châu và giải Ba "
                "thuộc về Trường Phổ thông Dân tộc nội trú huyện Trần Đề."
            ),
            P(
                "Ngày hội là hoạt động thiết thực nhằm bảo tồn, phát huy bản sắc văn hóa dân tộc trong "
                "trường học, góp phần giáo dục kỹ năng sống, tăng cường đoàn kết giữa học sinh các dân "
                "tộc trong tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Thạch Minh Quân</strong></p>'),
        ],
        authors=["Thạch Minh Quân"],
        photographers=["Kim Sô Phia"],
        opts={"date": "abs", "local": "2026-11-27 08:30", "created": "2026-11-25 02:12:45",
              "poster": "ctv_thachquan", "fold": 4,
              "old_slug": "ngay-hoi-van-hoa-the-thao-hoc-sinh-khmer",
              "tags": ["học sinh dân tộc", "Ok Om Bok"]},
    ),
    Story(
        id=2398,
        slug="hon-1200-dai-bieu-du-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Hơn 1.200 đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-nganh",
        published_at="2026-11-19T16:20:00+07:00",
        blocks=[
            P(
                "Sáng 19/11/2026, Ủy ban nhân dân tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026. Dự buổi lễ có hơn "
                "1.200 đại biểu là lãnh đạo tỉnh, các sở, ngành, nhà giáo lão thành và cán bộ quản lý, "
                "giáo viên, nhân viên toàn ngành."
            ),
            P(
                "Năm học 2025 – 2026, ngành giáo dục tỉnh có nhiều chuyển biến tích cực: tỷ lệ học sinh "
                "tốt nghiệp trung học phổ thông đạt 99,1%; có 86 học sinh đạt giải trong kỳ thi chọn học "
                "sinh giỏi quốc gia và khu vực; tỷ lệ trường đạt chuẩn quốc gia tăng lên 68,4%."
            ),
            Img(
                f"{U}/2026/11/le-ky-niem-20-11-trao-bang-khen.jpg",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "table",
            ),
            P(
                "Phát biểu tại buổi lễ, ông Võ Thành Đạt, Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương "
                "những đóng góp của đội ngũ nhà giáo trong sự nghiệp trồng người. Ông nhấn mạnh:"
            ),
            P(
                "“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo, "
                "để mỗi ngày đến trường thật sự là một ngày vui đối với học sinh”.",
                "quote",
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 45 nhà giáo tiêu biểu; Giám đốc Sở Giáo "
                "dục và Đào tạo tặng Giấy khen cho 120 cán bộ quản lý, giáo viên có thành tích xuất sắc "
                "trong năm học 2025 – 2026."
            ),
            Img(
                f"{U}/2026/11/le-ky-niem-20-11-nha-giao-lao-thanh.jpg",
                "(Các nhà giáo lão thành tham dự buổi lễ)",
                "Các nhà giáo lão thành tham dự buổi lễ",
                "next",
            ),
            P(
                "Trước đó, lãnh đạo tỉnh đã đến thăm, tặng quà các nhà giáo lão thành, nhà giáo có hoàn "
                "cảnh khó khăn tại thành phố Sóc Trăng và các huyện Mỹ Xuyên, Kế Sách."
            ),
            Raw('<p style="text-align: right;"><strong>Ngọc Hân</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Sóc Trăng</em></p>'),
        ],
        authors=["Ngọc Hân"],
        source="Báo Sóc Trăng",
        opts={"date": "abs", "local": "2026-11-19 16:20", "created": "2026-11-17 08:40:05",
              "poster": "quantri", "ref": True, "old_slug": "ky-niem-44-nam-ngay-nha-giao-viet-nam",
              "tags": ["20/11", "nhà giáo tiêu biểu"]},
    ),
    Story(
        id=2387,
        slug="tap-huan-boi-duong-giao-vien-day-tieng-khmer-o-truong-pho-thong",
        title="Tập huấn bồi dưỡng giáo viên dạy tiếng Khmer ở trường phổ thông",
        cat="hoat-dong-nganh",
        published_at="2026-11-10",
        blocks=[
            P(
                "Từ ngày 03 đến 07/11/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn bồi dưỡng chuyên "
                "môn cho 95 giáo viên dạy tiếng Khmer ở các trường tiểu học và trung học cơ sở trong tỉnh."
            ),
            P(
                "Lớp tập huấn tập trung vào việc sử dụng bộ sách giáo khoa tiếng Khmer mới, đổi mới "
                "phương pháp dạy đọc, viết cho học sinh đầu cấp và cách thức kiểm tra, đánh giá năng lực "
                "tiếng Khmer của học sinh theo hướng phát triển phẩm chất, năng lực."
            ),
            Img(
                f"{U}/2026/11/tap-huan-tieng-khmer-1.jpg",
                "Giáo viên thực hành soạn bài giảng điện tử môn tiếng Khmer",
                "Giáo viên thực hành soạn bài giảng điện tử môn tiếng Khmer",
                "trix",
            ),
            P("Nhiều khó khăn về đội ngũ", "h"),
            P(
                "Hiện toàn tỉnh có 112 trường tổ chức dạy tiếng Khmer với hơn 21.000 học sinh theo học. "
                "Tuy nhiên, đội ngũ giáo viên còn thiếu và chưa đồng bộ, nhiều giáo viên là sư sãi hoặc "
                "giáo viên kiêm nhiệm chưa qua đào tạo nghiệp vụ sư phạm."
            ),
            P(
                "Thông qua lớp tập huấn, các giáo viên được chia sẻ kinh nghiệm tổ chức hoạt động trải "
                "nghiệm gắn với văn hóa truyền thống, sưu tầm truyện cổ, ca dao, tục ngữ Khmer làm tư "
                "liệu dạy học.",
                "br",
            ),
            Img(f"{U}/2026/11/IMG_20261105_091534.jpg", "IMG_20261105_091534.jpg 284.6 KB", None, "trixfile"),
            P(
                "Sở Giáo dục và Đào tạo đề nghị các phòng giáo dục và các trường tiếp tục tạo điều kiện "
                "để giáo viên tự học, tự bồi dưỡng, đồng thời phối hợp với các chùa Khmer mở lớp dạy chữ "
                "trong dịp hè cho học sinh."
            ),
            Raw("<div><em>Theo Đài PT-TH Sóc Trăng</em></div>"),
        ],
        source="Đài PT-TH Sóc Trăng",
        opts={"date": "day", "local": "2026-11-10 07:55", "updated": "2026-12-04 16:02",
              "poster": "bientap.sgddt", "editor": "trix", "tags": ["tiếng Khmer", "bồi dưỡng"]},
    ),
    Story(
        id=2379,
        slug="trao-150-suat-hoc-bong-cho-hoc-sinh-co-hoan-canh-kho-khan-huyen-cu-lao-dung",
        title="Trao 150 suất học bổng cho học sinh có hoàn cảnh khó khăn huyện Cù Lao Dung",
        cat="hoat-dong-nganh",
        published_at="2026-10-28T09:20:00+07:00",
        blocks=[
            P(
                "Ngày 27/10/2026, Sở Giáo dục và Đào tạo phối hợp với Quỹ Bảo trợ trẻ em tỉnh và Công ty "
                "TNHH Thủy sản Phương Nam tổ chức trao 150 suất học bổng cho học sinh có hoàn cảnh khó "
                "khăn vươn lên học tốt trên địa bàn huyện Cù Lao Dung."
            ),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng kèm theo một bộ sách giáo khoa và dụng cụ học "
                "tập, tổng giá trị hơn 330 triệu đồng."
            ),
            Img(
                f"{U}/2026/10/trao-hoc-bong-cu-lao-dung.jpg",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "next",
            ),
            P(
                "Các em nhận học bổng đều có thành tích học tập khá, giỏi; nhiều em là con của hộ nghèo, "
                "cận nghèo, mồ côi cha hoặc mẹ, phải vừa học vừa phụ giúp gia đình đánh bắt thủy sản."
            ),
            P(
                "Tại buổi trao học bổng, đại diện Sở Giáo dục và Đào tạo mong muốn các em tiếp tục cố "
                "gắng, vượt qua khó khăn để học tốt, trở thành người có ích cho gia đình và quê hương."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Lý Thanh Tùng - Ảnh: Phạm Hoàng Nam</em></p>'),
        ],
        authors=["Lý Thanh Tùng"],
        photographers=["Phạm Hoàng Nam"],
        opts={"date": "abs", "local": "2026-10-28 09:20", "poster": "bientap.sgddt",
              "tags": ["học bổng", "Cù Lao Dung"]},
    ),
    Story(
        id=2416,
        slug="ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh-nam-hoc-2026-2027-dien-ra-an-toan-nghiem-tuc",
        title="Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 – 2027 diễn ra an toàn, nghiêm túc",
        cat="khao-thi-kiem-dinh",
        published_at="2026-12-02T16:40:00+07:00",
        summary=(
            "Trong hai ngày 01 và 02/12/2026, 1.046 thí sinh đến từ 36 trường trung học phổ thông và "
            "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên đã tham dự Kỳ thi chọn học sinh "
            "giỏi lớp 12 cấp tỉnh năm học 2026 – 2027."
        ),
        blocks=[
            P(
                "Trong hai ngày 01 và 02/12/2026, 1.046 thí sinh đến từ 36 trường trung học phổ thông và "
                "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên đã tham dự Kỳ thi chọn học sinh "
                "giỏi lớp 12 cấp tỉnh năm học 2026 – 2027.",
                "bold",
            ),
            P(
                "Kỳ thi được tổ chức tại 2 điểm thi là Trường THPT Chuyên Nguyễn Thị Minh Khai và Trường "
                "THPT Hoàng Diệu, với 12 môn thi gồm: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, "
                "Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế và pháp luật, Công nghệ và Tiếng Khmer."
            ),
            Img(f"{U}/2026/12/hsg-lop-12-diem-thi-hoang-dieu.jpg", None, None, "none"),
            P("Theo ghi nhận của Ban chỉ đạo, công tác chuẩn bị được thực hiện chu đáo:"),
            P("Đề thi được bảo quản theo đúng quy chế, có lực lượng công an bảo vệ 24/24 giờ;", "li"),
            P("100% phòng thi được lắp đặt camera giám sát và thiết bị phát hiện sóng vô tuyến;", "li"),
            P("Cán bộ coi thi được tập huấn nghiệp vụ trước ngày thi;", "li"),
            P("Các điểm thi bố trí phòng y tế và khu vực chờ cho phụ huynh.", "li"),
            P(
                "Trong suốt hai ngày thi, không có thí sinh vi phạm quy chế, không có cán bộ coi thi bị "
                "nhắc nhở. Ngay sau khi kết thúc môn thi cuối cùng, bài thi đã được niêm phong và bàn "
                "giao cho Hội đồng chấm thi."
            ),
            P(
                "Dự kiến kết quả kỳ thi sẽ được công bố trước ngày 20/12/2026. Những thí sinh đạt kết "
                "quả cao sẽ được chọn vào đội tuyển dự thi chọn học sinh giỏi quốc gia năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng KT&amp;KĐCLGD</strong></p>'),
        ],
        authors=["Phòng KT&KĐCLGD"],
        opts={"date": "rel", "local": "2026-12-02 16:40", "poster": "kt_kdclgd", "ref": True,
              "tags": ["học sinh giỏi", "kỳ thi"]},
    ),
    Story(
        id=2402,
        slug="kiem-tra-cong-tac-chuan-bi-ky-thi-chon-hoc-sinh-gioi-cap-tinh-tai-cac-diem-thi",
        title="Kiểm tra công tác chuẩn bị kỳ thi chọn học sinh giỏi cấp tỉnh tại các điểm thi",
        cat="khao-thi-kiem-dinh",
        published_at="2026-11-24T10:05:00+07:00",
        blocks=[
            P(
                "Nhằm bảo đảm kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 – 2027 diễn ra đúng "
                "quy chế, từ ngày 20 đến 23/11/2026, đoàn kiểm tra của Sở Giáo dục và Đào tạo đã kiểm tra "
                "công tác chuẩn bị tại các điểm thi."
            ),
            P(
                "Đoàn đã kiểm tra cơ sở vật chất, hệ thống camera, phòng bảo quản đề thi, phòng làm việc "
                "của Ban thư ký và danh sách cán bộ làm nhiệm vụ tại từng điểm thi. Kết quả cụ thể như sau:"
            ),
            P("Điểm thi | Số phòng thi | Số thí sinh | Đánh giá", "th"),
            P("THPT Chuyên Nguyễn Thị Minh Khai | 24 | 578 | Đạt yêu cầu", "tr"),
            P("THPT Hoàng Diệu | 20 | 468 | Đạt yêu cầu", "tr"),
            P(
                "Đoàn kiểm tra đề nghị các điểm thi hoàn thiện việc niêm yết danh sách thí sinh, sơ đồ "
                "phòng thi trước ngày 28/11/2026; kiểm tra lại nguồn điện dự phòng và thiết bị gây nhiễu "
                "sóng."
            ),
            P(
                "Theo kế hoạch, thí sinh làm thủ tục dự thi vào chiều ngày 30/11/2026; thi chính thức "
                "trong hai ngày 01 và 02/12/2026."
            ),
            Raw(
                '<p style="text-align: right;"><em>ThS. Nguyễn Thị Thu Hà - Phó Trưởng phòng '
                "KT&amp;KĐCLGD</em></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"date": "abs", "local": "2026-11-24 10:05", "created": "2026-11-20 09:31:50",
              "poster": "kt_kdclgd", "tags": ["học sinh giỏi"]},
    ),
    Story(
        id=2393,
        slug="cong-nhan-them-9-truong-dat-chuan-quoc-gia-va-dat-kiem-dinh-chat-luong-giao-duc",
        title="Công nhận thêm 9 trường đạt chuẩn quốc gia và đạt kiểm định chất lượng giáo dục",
        cat="khao-thi-kiem-dinh",
        published_at="2026-11-16",
        summary=(
            "Sở Giáo dục và Đào tạo vừa trình UBND tỉnh ban hành quyết định công nhận 9 trường đạt "
            "chuẩn quốc gia và đạt kiểm định chất lượng giáo dục, nâng tổng số trường đạt chuẩn quốc "
            "gia toàn tỉnh lên 341 trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đợt này, có 9 trường được công nhận gồm 3 trường mầm non, 4 trường tiểu học và 2 trường "
                "trung học cơ sở. Cụ thể:"
            ),
            P(
                "Trường Mầm non Hoa Sen (thành phố Sóc Trăng): đạt chuẩn quốc gia mức độ 1, kiểm định "
                "chất lượng cấp độ 2;",
                "ol",
            ),
            P(
                "Trường Mầm non Tuổi Thơ (huyện Châu Thành) và Trường Mầm non Họa Mi (huyện Thạnh Trị): "
                "đạt chuẩn quốc gia mức độ 1;",
                "ol",
            ),
            P(
                "Trường Tiểu học Phú Mỹ A, Trường Tiểu học Mỹ Thuận (huyện Mỹ Tú) và Trường Tiểu học Long "
                "Đức 1 (huyện Long Phú): đạt chuẩn quốc gia mức độ 1;",
                "ol",
            ),
            P("Trường Tiểu học Vĩnh Phước 2 (thị xã Vĩnh Châu): đạt chuẩn quốc gia mức độ 2;", "ol"),
            P(
                "Trường THCS Phong Nẫm (huyện Kế Sách) và Trường THCS Thạnh Phú (huyện Mỹ Xuyên): đạt "
                "chuẩn quốc gia mức độ 1, kiểm định chất lượng cấp độ 2.",
                "ol",
            ),
            Img(
                f"{U}/2026/11/th-vinh-phuoc-2-chuan-quoc-gia.jpg",
                "Trường Tiểu học Vĩnh Phước 2 được công nhận đạt chuẩn quốc gia mức độ 2",
                "Trường Tiểu học Vĩnh Phước 2 được công nhận đạt chuẩn quốc gia mức độ 2",
                "fig",
            ),
            P(
                "Việc xây dựng trường chuẩn quốc gia gắn với kiểm định chất lượng được xác định là nhiệm "
                "vụ trọng tâm của ngành trong giai đoạn 2021 – 2030. Trong năm 2027, Sở phấn đấu có thêm "
                "ít nhất 20 trường được công nhận mới hoặc công nhận lại."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Yến</strong></p>'),
        ],
        authors=["Hoàng Yến"],
        opts={"date": "midnight", "local": "2026-11-16 00:00", "poster": "kt_kdclgd",
              "tags": ["trường chuẩn quốc gia", "kiểm định"]},
    ),
    Story(
        id=2374,
        slug="huong-dan-to-chuc-kiem-tra-danh-gia-dinh-ky-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026 – 2027",
        cat="khao-thi-kiem-dinh",
        published_at="2026-10-21T15:30:00+07:00",
        blocks=[
            P(
                "Ngày 20/10/2026, Sở Giáo dục và Đào tạo ban hành Công văn số 2154/SGDĐT-GDTrH hướng dẫn "
                "các trường trung học tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026 – 2027."
            ),
            P(
                "Theo đó, việc kiểm tra, đánh giá thực hiện theo Thông tư số 22/2021/TT-BGDĐT ngày "
                "20/7/2021 của Bộ Giáo dục và Đào tạo[1]. Các trường chủ động xây dựng ma trận, bản đặc tả "
                "và đề kiểm tra bảo đảm tỷ lệ hợp lý giữa các mức độ nhận biết, thông hiểu và vận dụng."
            ),
            P(
                "Đối với các môn Toán, Ngữ văn, Tiếng Anh ở lớp 9, Sở khuyến khích các trường tổ chức kiểm "
                "tra chung theo khối để có cơ sở đánh giá chất lượng, chuẩn bị cho kỳ thi tuyển sinh vào "
                "lớp 10 năm học 2027 – 2028."
            ),
            P(
                "Thời gian kiểm tra cuối học kỳ I hoàn thành trước ngày 10/01/2027; các trường cập nhật "
                "điểm lên hệ thống cơ sở dữ liệu ngành chậm nhất ngày 15/01/2027."
            ),
            Raw(
                '<p><em>Xem toàn văn: <a href="/van-ban/1551">Công văn số 2154/SGDĐT-GDTrH</a>'
                "</em></p>"
            ),
            P("Chú thích", "h"),
            P(
                "[1] Thông tư quy định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ "
                "thông, có hiệu lực từ ngày 05/9/2021."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={"date": "abs", "local": "2026-10-21 15:30", "poster": "gdtrh_sgd", "zw": True,
              "tags": ["kiểm tra định kỳ", "Thông tư 22"]},
    ),
    Story(
        id=2420,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-12-03",
        blocks=[
            Raw(
                '<figure class="table"><table style="width:100%;border:none"><tbody><tr>'
                '<td style="width:40%;text-align:center;vertical-align:top">UBND TỈNH SÓC TRĂNG<br>'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 2398/TB-SGDĐT</td>"
                '<td style="text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
                "NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br><em>Sóc Trăng, ngày 03 "
                "tháng 12 năm 2026</em></td></tr></tbody></table></figure>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
            ),
            P("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;"),
            P(
                "Căn cứ Công văn số 5120/UBND-KT ngày 28 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh về "
                "việc nghỉ Tết Dương lịch năm 2027;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo đến các phòng, ban thuộc Sở; các đơn vị trực thuộc và "
                "các phòng giáo dục huyện, thị xã, thành phố như sau:"
            ),
            P(
                "1. Cán bộ, công chức, viên chức và người lao động được nghỉ Tết Dương lịch năm 2027 từ "
                "thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."
            ),
            P(
                "2. Đối với học sinh, các trường cho học sinh nghỉ 01 ngày vào thứ Sáu ngày 01/01/2027; "
                "việc dạy bù (nếu có) do thủ trưởng đơn vị quyết định, bảo đảm hoàn thành chương trình "
                "học kỳ I theo kế hoạch thời gian năm học."
            ),
            P(
                "3. Trong thời gian nghỉ Tết, các đơn vị phân công trực cơ quan, bảo vệ an toàn tài sản, "
                "phòng chống cháy nổ; báo cáo tình hình về Sở (qua Văn phòng) trước 10 giờ ngày "
                "04/01/2027."
            ),
            P(
                "Nhận được Thông báo này, đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc./."
            ),
            Raw(
                '<figure class="table"><table style="width:100%;border:none"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>- Như '
                "trên;<br>- Giám đốc, các PGĐ Sở;<br>- Lưu: VT, VP.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC'
                "</strong><br><br><em>(Đã ký)</em><br><br><strong>Trần Thị Mỹ Hạnh</strong></td>"
                "</tr></tbody></table></figure>"
            ),
        ],
        authors=["Trần Thị Mỹ Hạnh"],
        opts={"date": "abs", "local": "2026-12-04 10:15", "poster": "vanphong_sgd",
              "attachments": [(f"{U}/2026/12/2398-tb-sgddt.pdf", "2398-TB-SGDDT.pdf", "186 KB")],
              "tags": ["nghỉ Tết", "thông báo"]},
    ),
    Story(
        id=2409,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        cat="thong-bao",
        published_at="2026-11-30T07:45:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng thông báo tuyển dụng viên chức giáo dục năm 2026 "
                "(đợt 2) cho các đơn vị trực thuộc Sở như sau:"
            ),
            P("1. Số lượng, vị trí cần tuyển", "h"),
            P(
                "Tổng chỉ tiêu tuyển dụng là 74 người, trong đó: giáo viên trung học phổ thông 52 chỉ "
                "tiêu; giáo viên giáo dục thường xuyên 9 chỉ tiêu; nhân viên thư viện, thiết bị, văn thư, "
                "kế toán 13 chỉ tiêu."
            ),
            P("2. Điều kiện, tiêu chuẩn dự tuyển", "h"),
            P(
                "Người đăng ký dự tuyển phải có đủ các điều kiện theo quy định tại Điều 22 Luật Viên "
                "chức, có trình độ đào tạo và chứng chỉ phù hợp với tiêu chuẩn chức danh nghề nghiệp của "
                "vị trí việc làm cần tuyển."
            ),
            P("3. Thời gian và địa điểm nhận phiếu đăng ký", "h"),
            P(
                "Thời gian nhận phiếu từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ hành chính). "
                "Địa điểm: Văn phòng Sở Giáo dục và Đào tạo, số 19 đường Nguyễn Chí Thanh, Phường 6, "
                "thành phố Sóc Trăng."
            ),
            P(
                "Mọi chi tiết xin liên hệ Văn phòng Sở qua số điện thoại 0299.3821.447 để được hướng dẫn."
            ),
            Raw(
                f'<p>📎 <a href="{U}/2026/11/ke-hoach-tuyen-dung-vc-2026-dot-2.pdf">Kế hoạch tuyển dụng '
                "viên chức năm 2026 (đợt 2)</a> (PDF, 412 KB)</p>"
                f'<p>📎 <a href="{U}/2026/11/phieu-dang-ky-du-tuyen.docx">Phiếu đăng ký dự tuyển</a> '
                "(DOCX, 38 KB)</p>"
            ),
        ],
        opts={"date": "abs", "local": "2026-11-30 07:45", "poster": "vanphong_sgd",
              "title_html": "Thông báo tuyển dụng viên chức giáo dục năm 2026&#8203; (đợt 2)",
              "tags": ["tuyển dụng", "viên chức"]},
    ),
    Story(
        id=2384,
        slug="thong-bao-ve-viec-dang-ky-du-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
        title="Thông báo về việc đăng ký dự thi chọn học sinh giỏi quốc gia THPT năm 2027",
        cat="thong-bao",
        published_at="2026-11-05T09:30:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch của Bộ Giáo dục và Đào tạo về tổ chức Kỳ thi chọn học sinh giỏi quốc gia "
                "trung học phổ thông năm 2027, Sở Giáo dục và Đào tạo thông báo đến các trường trung học "
                "phổ thông trong tỉnh một số nội dung sau:"
            ),
            P(
                "Kỳ thi dự kiến tổ chức vào ngày 07 và 08/01/2027. Mỗi môn thi, đội tuyển của tỉnh có tối "
                "đa 10 thí sinh, được chọn từ kết quả Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh và kỳ thi "
                "chọn đội tuyển do Sở tổ chức."
            ),
            P(
                "Các trường rà soát, lập danh sách học sinh có nguyện vọng tham gia kỳ thi chọn đội "
                "tuyển, gửi về Phòng Khảo thí và Quản lý chất lượng giáo dục trước ngày 20/12/2026 qua hệ "
                "thống quản lý văn bản và điều hành."
            ),
            P(
                "Học sinh đăng ký dự thi phải có kết quả rèn luyện học kỳ I lớp 12 đạt mức Tốt và kết quả "
                "học tập đạt mức Tốt."
            ),
            P(
                "Đề nghị hiệu trưởng các trường triển khai thông báo này đến giáo viên, học sinh và cha "
                "mẹ học sinh để biết, thực hiện."
            ),
        ],
        opts={"date": "ampm", "local": "2026-11-05 09:30", "poster": "kt_kdclgd",
              "tags": ["học sinh giỏi quốc gia"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: the withdrawn post the cached home widget still lists (trap 12)
WITHDRAWN_ID = 2415
WITHDRAWN_SLUG = "thong-bao-lich-hop-giao-ban-thang-12-2026"
WITHDRAWN_TITLE = "Thông báo lịch họp giao ban tháng 12/2026"
WITHDRAWN_LOCAL = "2026-12-02 20:05"

#: the document register (Inertia module)
DOCUMENTS = [
    {
        "id": 1551, "so": "2154/SGDĐT-GDTrH", "loai": "Công văn", "ngay": "20/10/2026",
        "trich_yeu": "Hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026 – 2027",
        "nguoi_ky": "Lâm Văn Hùng", "co_quan": "Sở Giáo dục và Đào tạo",
        "file": f"{U}/2026/10/2154-sgddt-gdtrh.pdf",
    },
    {
        "id": 1547, "so": "318/KH-SGDĐT", "loai": "Kế hoạch", "ngay": "05/11/2026",
        "trich_yeu": "Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 – 2027",
        "nguoi_ky": "Huỳnh Thị Kim Loan", "co_quan": "Sở Giáo dục và Đào tạo",
        "file": f"{U}/2026/11/318-kh-sgddt.pdf",
    },
    {
        "id": 1542, "so": "1206/QĐ-SGDĐT", "loai": "Quyết định", "ngay": "14/10/2026",
        "trich_yeu": "Ban hành Quy chế tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh",
        "nguoi_ky": "Huỳnh Thị Kim Loan", "co_quan": "Sở Giáo dục và Đào tạo",
        "file": f"{U}/2026/10/1206-qd-sgddt.pdf",
    },
]
DOCS_BY_ID = {d["id"]: d for d in DOCUMENTS}


# --- small helpers ---------------------------------------------------------------------------


def t(value: str) -> str:
    """Text escaped for HTML content."""
    return _html.escape(value, quote=False)


def a(value: str) -> str:
    """Text escaped for an attribute."""
    return _html.escape(value, quote=True)


def limit(value: str, n: int) -> str:
    """Laravel's Str::limit: cut at n characters, trim, add "..."."""
    return value if len(value) <= n else value[:n].rstrip() + "..."


def local_dt(s: Story) -> datetime:
    return datetime.strptime(s.opts["local"], "%Y-%m-%d %H:%M")


def path_of(s: Story, slug: str | None = None) -> str:
    return f"/bai-viet/{slug or s.slug}-{s.id}"


def ago(moment: datetime) -> str:
    """Carbon's diffForHumans in Vietnamese, seen on 2026-12-05."""
    days = (TODAY - moment.date()).days
    if days <= 0:
        return "vài giờ trước"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def zw_mangle(markup: str, seed: int) -> str:
    """Zero-width spaces after a few spaces (raw or as a reference); a BOM opens the first
    paragraph, where the paste began (trap 9)."""
    words = markup.split(" ")
    out = []
    for i, w in enumerate(words):
        if i and (i + 3 * seed) % 13 == 0 and not w.startswith("<"):
            out.append((ZW if (i + seed) % 2 else "&#8203;") + w)
        else:
            out.append(w)
    return (BOM if seed == 0 else "") + " ".join(out)


def listing_order(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=local_dt, reverse=True)


def latest(n: int) -> list[Story]:
    return sorted(STORIES, key=local_dt, reverse=True)[:n]


def related(s: Story) -> list[Story]:
    """'Tin liên quan': the two newest other posts of the category."""
    return [o for o in listing_order(s.cat) if o.id != s.id][:2]


def views(s: Story) -> str:
    """The view count as the vendor prints it: dots between thousands."""
    return f"{s.views():,}".replace(",", ".")


def thumb(s: Story) -> str:
    d = local_dt(s)
    return f"{U}/{d:%Y}/{d:%m}/thumbs/{s.slug[:40]}-{s.id}.jpg"


def excerpt(s: Story) -> str:
    first = s.summary if s.summary else next(b.text for b in s.blocks if isinstance(b, P))
    return limit(first, 160)


ICON_CAL = (
    '<svg xmlns="http://www.w3.org/2000/svg" class="w-4 h-4 mr-1" fill="none" viewBox="0 0 24 24" '
    'stroke="currentColor" stroke-width="2"><path stroke-linecap="round" stroke-linejoin="round" '
    'd="M8 7V3m8 4V3m-9 8h10M5 21h14a2 2 0 002-2V7a2 2 0 00-2-2H5a2 2 0 00-2 2v12a2 2 0 002 2z"/></svg>'
)
ICON_EYE = (
    '<svg xmlns="http://www.w3.org/2000/svg" class="w-4 h-4 mr-1" fill="none" viewBox="0 0 24 24" '
    'stroke="currentColor" stroke-width="2"><path stroke-linecap="round" stroke-linejoin="round" '
    'd="M15 12a3 3 0 11-6 0 3 3 0 016 0z"/><path stroke-linecap="round" stroke-linejoin="round" '
    'd="M2.458 12C3.732 7.943 7.523 5 12 5c4.478 0 8.268 2.943 9.542 7-1.274 4.057-5.064 7-9.542 '
    '7-4.477 0-8.268-2.943-9.542-7z"/></svg>'
)
ICON_USER = (
    '<svg xmlns="http://www.w3.org/2000/svg" class="w-4 h-4 mr-1" fill="none" viewBox="0 0 24 24" '
    'stroke="currentColor" stroke-width="2"><path stroke-linecap="round" stroke-linejoin="round" '
    'd="M16 7a4 4 0 11-8 0 4 4 0 018 0zM12 14a7 7 0 00-7 7h14a7 7 0 00-7-7z"/></svg>'
)
ICON_CLIP = (
    '<svg xmlns="http://www.w3.org/2000/svg" class="w-4 h-4 inline" viewBox="0 0 20 20" '
    'fill="currentColor"><path d="M8 4a3 3 0 00-3 3v4a5 5 0 0010 0V7a1 1 0 112 0v4a7 7 0 11-14 '
    '0V7a5 5 0 0110 0v4a3 3 0 11-6 0V7a1 1 0 012 0v4a1 1 0 102 0V7a3 3 0 00-3-3z"/></svg>'
)
LAZY_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def livewire_attrs(name: str, data: dict, path: str) -> str:
    """The attributes Livewire 3 puts on a component's root element."""
    wid = opaque(name + path, 15).replace("+", "a").replace("/", "b").replace("=", "")[:20]
    snapshot = {
        "data": data,
        "memo": {"id": wid, "name": name, "path": path.lstrip("/"), "method": "GET",
                 "children": [], "scripts": [], "assets": [], "errors": [], "locale": "vi"},
        "checksum": opaque("checksum" + name + path, 32).encode().hex()[:64],
    }
    return f'wire:snapshot="{a(json.dumps(snapshot, ensure_ascii=False))}" wire:effects="[]" wire:id="{wid}"'


# --- chrome ---------------------------------------------------------------------------------


def menu(base: str) -> str:
    items = [
        ("Trang chủ", f"{base}/", None),
        ("Giới thiệu", f"{base}/gioi-thieu", None),
        ("Tin tức", "#", [
            (CATEGORIES["hoat-dong-nganh"][0], f"{base}/chuyen-muc/hoat-dong-nganh"),
            (CATEGORIES["khao-thi-kiem-dinh"][0], f"{base}/chuyen-muc/khao-thi-kiem-dinh"),
        ]),
        ("Thông báo", f"{base}/chuyen-muc/thong-bao", None),
        ("Văn bản", f"{base}/van-ban", None),
        ("Dịch vụ công", "https://dichvucong.soctrang.gov.vn", None),
        ("Liên hệ", f"{base}/lien-he", None),
    ]
    lis = []
    for label, href, sub in items:
        if sub:
            subs = "".join(
                f'<a href="{h}" class="block px-4 py-2 text-sm text-gray-700 hover:bg-sky-50">{t(n)}</a>'
                for n, h in sub
            )
            lis.append(
                '<li class="relative" x-data="{ dd: false }" @mouseenter="dd = true" @mouseleave="dd = false">'
                f'<button type="button" class="px-4 py-3 font-semibold uppercase text-sm text-blue-900 '
                f'hover:text-sky-600 inline-flex items-center">{t(label)} <span class="ml-1">▾</span></button>'
                '<div x-show="dd" x-cloak x-transition class="absolute left-0 z-50 w-64 bg-white shadow-lg '
                f'rounded-b-md py-1" style="display: none;">{subs}</div></li>'
            )
        else:
            lis.append(
                f'<li><a href="{href}" class="block px-4 py-3 font-semibold uppercase text-sm text-blue-900 '
                f'hover:text-sky-600">{t(label)}</a></li>'
            )
    return (
        '<nav x-data="{ mobile: false }" class="bg-white shadow sticky top-0 z-40">'
        '<div class="max-w-7xl mx-auto px-4 flex items-center justify-between">'
        '<button type="button" class="md:hidden p-2" @click="mobile = !mobile" aria-label="Menu">☰</button>'
        f'<ul class="hidden md:flex" :class="{{ \'!block\': mobile }}">{"".join(lis)}</ul>'
        "</div></nav>"
    )


def ticker(base: str) -> str:
    links = " <span class=\"text-gray-300\">•</span> ".join(
        f'<a href="{base}{path_of(s)}" class="hover:underline">{t(s.title)}</a>' for s in latest(5)
    )
    return (
        '<div class="bg-amber-50 border-y border-amber-200 text-sm"><div class="max-w-7xl mx-auto px-4 '
        'flex items-center gap-3 py-1.5"><span class="shrink-0 font-bold text-red-600 uppercase">Tin mới'
        '</span><div class="overflow-hidden whitespace-nowrap" x-data><div class="inline-block '
        f'animate-[marquee_40s_linear_infinite]">{links}</div></div></div></div>'
    )


def sidebar(base: str, path: str) -> str:
    docs = "".join(
        f'<li class="py-2 border-b border-dashed border-gray-200"><a href="{base}/van-ban/{d["id"]}" '
        f'class="text-sm text-gray-800 hover:text-sky-700"><span class="font-semibold text-blue-800">'
        f'{t(d["so"])}</span> - {t(d["trich_yeu"])}</a><p class="text-xs text-gray-400">{d["ngay"]}</p></li>'
        for d in DOCUMENTS
    )
    most = [
        (BY_ID[2398], path_of(BY_ID[2398], BY_ID[2398].opts["old_slug"])),
        (BY_ID[2393], path_of(BY_ID[2393])),
        (BY_ID[2405], path_of(BY_ID[2405])),
        (BY_ID[2402], path_of(BY_ID[2402])),
    ]
    reads = "".join(
        f'<li class="flex gap-3 py-2"><span class="shrink-0 w-6 h-6 rounded-full bg-sky-600 text-white '
        f'text-xs flex items-center justify-center">{i}</span><a href="{base}{p}" class="text-sm '
        f'text-gray-800 hover:text-sky-700 line-clamp-2">{t(s.title)}</a></li>'
        for i, (s, p) in enumerate(most, 1)
    )
    poll = livewire_attrs("binh-chon", {"chon": None, "daGui": False}, path)
    return (
        '<aside class="space-y-6">'
        '<section class="bg-white rounded-lg shadow-sm"><h3 class="bg-blue-800 text-white font-semibold '
        f'uppercase text-sm px-4 py-2 rounded-t-lg">Văn bản mới</h3><ul class="px-4">{docs}</ul>'
        f'<a href="{base}/van-ban" class="block text-right text-xs text-sky-700 px-4 py-2">Xem tất cả »</a>'
        "</section>"
        '<section class="bg-white rounded-lg shadow-sm"><h3 class="bg-blue-800 text-white font-semibold '
        f'uppercase text-sm px-4 py-2 rounded-t-lg">Đọc nhiều</h3><ol class="px-4">{reads}</ol></section>'
        '<section class="space-y-2">'
        '<a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/bo-gddt.png" '
        'alt="Bộ Giáo dục và Đào tạo" class="w-full rounded"></a>'
        '<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/csdl-nganh.png" '
        'alt="Cơ sở dữ liệu ngành" class="w-full rounded"></a>'
        '<a href="https://dichvucong.soctrang.gov.vn" target="_blank" rel="noopener"><img '
        'src="/images/banner/dich-vu-cong.png" alt="Dịch vụ công trực tuyến" class="w-full rounded"></a>'
        "</section>"
        f'<section class="bg-white rounded-lg shadow-sm p-4" {poll}><h3 class="font-semibold text-blue-900 '
        'mb-2">Thăm dò ý kiến</h3><p class="text-sm mb-2">Bạn đánh giá thế nào về giao diện mới của Cổng '
        'thông tin?</p><label class="block text-sm"><input type="radio" wire:model="chon" value="1"> Rất '
        'hài lòng</label><label class="block text-sm"><input type="radio" wire:model="chon" value="2"> Hài '
        'lòng</label><label class="block text-sm"><input type="radio" wire:model="chon" value="3"> Chưa hài '
        'lòng</label><button type="button" wire:click="gui" class="mt-2 px-3 py-1 text-sm bg-sky-600 '
        'text-white rounded">Bình chọn</button> <button type="button" wire:click="$set(\'xemKetQua\', true)" '
        'class="mt-2 px-3 py-1 text-sm border rounded">Kết quả</button></section>'
        '<section class="bg-white rounded-lg shadow-sm p-4 text-sm"><h3 class="font-semibold text-blue-900 '
        'mb-2">Thống kê truy cập</h3><p>Đang online: <span class="font-semibold">37</span></p><p>Hôm nay: '
        '<span class="font-semibold">1.482</span></p><p>Tổng truy cập: <span class="font-semibold">2.716.904'
        "</span></p></section>"
        "</aside>"
    )


FOOTER = (
    '<footer class="bg-blue-950 text-blue-100 text-sm mt-10"><div class="max-w-7xl mx-auto px-4 py-8 grid '
    'md:grid-cols-3 gap-6"><div><p class="font-bold uppercase text-white">Sở Giáo dục và Đào tạo tỉnh Sóc '
    'Trăng</p><p>Địa chỉ: Số 19 đường Nguyễn Chí Thanh, Phường 6, thành phố Sóc Trăng, tỉnh Sóc Trăng</p>'
    '<p>Điện thoại: 0299.3821.447 – Fax: 0299.3821.448</p><p>Email: sgddt@soctrang.gov.vn</p></div>'
    '<div><p>Chịu trách nhiệm chính: Bà Huỳnh Thị Kim Loan - Giám đốc Sở</p><p>Giấy phép số 12/GP-TTĐT '
    'do Sở Thông tin và Truyền thông cấp ngày 15/3/2023</p></div><div><p>Ghi rõ nguồn "Cổng thông tin '
    'điện tử Sở GD&amp;ĐT Sóc Trăng" khi phát hành lại thông tin từ website này.</p>'
    '<div class="flex gap-3 mt-2"><a href="https://www.facebook.com/sgddtsoctrang" target="_blank" '
    'rel="noopener">Facebook</a><a href="https://www.youtube.com/@sgddtsoctrang" target="_blank" '
    'rel="noopener">YouTube</a><a href="https://zalo.me/sgddtsoctrang" target="_blank" rel="noopener">Zalo OA'
    '</a></div></div></div><div class="border-t border-blue-900 text-center text-xs py-3">© 2026 Bản quyền '
    'thuộc Sở Giáo dục và Đào tạo tỉnh Sóc Trăng. Thiết kế và phát triển bởi Công ty TNHH Giải pháp số '
    "Mekong.</div></footer>"
)


def layout(request: Request, *, title: str, main: str, head: str = "", side: bool = True,
           description: str = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Sóc Trăng") -> str:
    base = base_url(request)
    csrf = opaque("csrf" + request.path, 30).replace("+", "k").replace("/", "Q")[:40]
    columns = (
        f'<div class="grid grid-cols-1 lg:grid-cols-12 gap-6"><div class="lg:col-span-8 min-w-0">{main}</div>'
        f'<div class="lg:col-span-4">{sidebar(base, request.path)}</div></div>'
        if side else main
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="csrf-token" content="{csrf}">\n'
        f'<base href="{base}/">\n'
        f"<title>{t(title)}</title>\n"
        f'<meta name="description" content="{a(description)}">\n'
        f"{head}"
        '<link rel="icon" href="/favicon.ico">\n'
        '<link rel="preload" as="style" href="/build/assets/app-3f1c2b9e.css">\n'
        '<link rel="stylesheet" href="/build/assets/app-3f1c2b9e.css">\n'
        '<script type="module" src="/build/assets/app-8d41e0a7.js"></script>\n'
        "<style>[x-cloak]{display:none !important}</style>\n"
        "<!-- Livewire Styles --><style>[wire\\:loading][wire\\:loading],[wire\\:loading\\.delay]"
        "{display:none}</style>\n"
        "</head>\n"
        '<body class="bg-gray-50 font-sans antialiased text-gray-900">\n'
        '<div class="bg-blue-900 text-white text-xs"><div class="max-w-7xl mx-auto px-4 py-1 flex '
        f'justify-between"><span>{HEADER_DATE}</span><span>Đường dây nóng: 0299.3822.159 | '
        '<a href="mailto:sgddt@soctrang.gov.vn">sgddt@soctrang.gov.vn</a></span></div></div>\n'
        '<header class="bg-gradient-to-r from-blue-800 to-sky-600"><div class="max-w-7xl mx-auto px-4 py-4 '
        f'flex items-center gap-4"><a href="{base}/"><img src="/images/logo-sgddt.png" alt="Logo Sở GD&amp;ĐT '
        'Sóc Trăng" class="h-16 w-16"></a><div><p class="text-sm uppercase tracking-wide text-sky-100">Ủy '
        'ban nhân dân tỉnh Sóc Trăng</p><h1 class="text-xl md:text-2xl font-bold uppercase text-white">Sở '
        'Giáo dục và Đào tạo</h1></div><form action="/tim-kiem" method="GET" class="ml-auto hidden md:flex">'
        '<input type="search" name="q" placeholder="Tìm kiếm..." class="rounded-l-md border-0 text-sm px-3 '
        'py-1.5"><button type="submit" class="bg-amber-400 px-3 rounded-r-md text-sm">Tìm</button></form>'
        "</div></header>\n"
        f"{menu(base)}\n{ticker(base)}\n"
        f'<main class="max-w-7xl mx-auto px-4 py-6">{columns}</main>\n'
        f"{FOOTER}\n"
        '<script src="/livewire/livewire.min.js?id=cc800bf4" data-csrf="'
        f'{csrf}" data-update-uri="/livewire/update" data-navigate-once="true"></script>\n'
        "</body>\n</html>\n"
    )


def page(body: str) -> Response:
    return Response(200, body, {"Content-Type": "text/html; charset=UTF-8",
                                "Cache-Control": "no-cache, private",
                                "Set-Cookie": "sgddt_session=eyJpdiI6IjRmZG; path=/; httponly; samesite=lax"})


# --- article body ----------------------------------------------------------------------------


def img_tag(img: Img, lazy: bool, alt: str) -> str:
    if lazy:
        return (
            f'<img src="{LAZY_GIF}" data-src="{img.src}" alt="{a(alt)}" class="lazyload w-full rounded-lg">'
            f'<noscript><img src="{img.src}" alt="{a(alt)}"></noscript>'
        )
    return f'<img src="{img.src}" alt="{a(alt)}">'


def ck_image(img: Img, lazy: bool) -> str:
    line = img.printed
    alt = img.caption or "Ảnh minh họa"
    if img.style == "fig":
        cap = f"<figcaption>{t(line)}</figcaption>" if line else ""
        return f'<figure class="image">{img_tag(img, lazy, alt)}{cap}</figure>'
    if img.style == "next":
        return (
            f'<p style="text-align:center;">{img_tag(img, lazy, alt)}</p>'
            f'<p style="text-align:center;"><em>{t(line or "")}</em></p>'
        )
    if img.style == "table":
        return (
            '<table class="tbl-anh" style="margin-left:auto;margin-right:auto" cellpadding="3"><tbody>'
            f"<tr><td>{img_tag(img, lazy, alt)}</td></tr>"
            f'<tr><td style="text-align:center"><em>{t(line or "")}</em></td></tr></tbody></table>'
        )
    return f'<p style="text-align:center;">{img_tag(img, lazy, "")}</p>'


def ck_body(s: Story) -> list[str]:
    """CKEditor 5 markup, one string per block (lists and tables grouped)."""
    out: list[str] = []
    blocks = s.blocks
    lazy = bool(s.opts.get("lazy"))
    i = 0
    n_par = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(ck_image(b, lazy))
            i += 1
            continue
        markup = t(b.text)
        if s.opts.get("zw"):
            markup = zw_mangle(markup, n_par)
        n_par += 1
        if b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        if b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{t(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(f'<figure class="table"><table><tbody>{"".join(rows)}</tbody></table></figure>')
            continue
        if b.style == "bold":
            out.append(f"<p><strong>{markup}</strong></p>")
        elif b.style == "h":
            out.append(f"<h3>{markup}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{markup}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{markup}</p>')
        i += 1
    return out


def trix_body(s: Story) -> list[str]:
    """Trix markup: runs of text in one <div>, <br><br> between paragraphs (trap 8)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(f"<div>{''.join(run)}</div>")
            run.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("", "br"):
            if run:
                run.append("<br>" if b.style == "br" else "<br><br>")
            run.append(t(b.text))
        elif isinstance(b, P) and b.style == "h":
            flush()
            out.append(f"<h1>{t(b.text)}</h1>")
        elif isinstance(b, Img):
            flush()
            name = b.src.rsplit("/", 1)[1]
            attachment = {"contentType": "image/jpeg", "filename": name, "filesize": 291430,
                          "height": 720, "width": 1280, "href": b.src, "url": b.src}
            if b.style == "trix":
                attachment["caption"] = b.printed
                cap = f'<figcaption class="attachment__caption attachment__caption--edited">{t(b.printed or "")}</figcaption>'
            else:
                name_part, size_part = (b.printed or "").split(" ", 1)
                cap = (
                    f'<figcaption class="attachment__caption"><span class="attachment__name">{t(name_part)}'
                    f'</span> <span class="attachment__size">{t(size_part)}</span></figcaption>'
                )
            out.append(
                f'<figure data-trix-attachment="{a(json.dumps(attachment))}" data-trix-content-type="image/jpeg" '
                f'data-trix-attributes="{a(json.dumps({"presentation": "gallery"}))}" '
                'class="attachment attachment--preview attachment--jpg">'
                f'<a href="{b.src}"><img src="{b.src}" width="1280" height="720"></a>{cap}</figure>'
            )
        elif isinstance(b, Raw):
            flush()
            out.append(b.html)
        else:
            raise ValueError(f"trix: unsupported block {b!r}")
    flush()
    return out


def meta_date(s: Story) -> str:
    d = local_dt(s)
    kind = s.opts["date"]
    if kind == "rel":
        utc = d - timedelta(hours=7)
        return (
            f'<time datetime="{utc:%Y-%m-%dT%H:%M:%S}.000000Z" title="{d:%d/%m/%Y %H:%M}">{ago(d)}</time>'
        )
    if kind == "ampm":
        hour = d.hour % 12 or 12
        return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {hour}:{d:%M} {'SA' if d.hour < 12 else 'CH'}"
    if kind == "day":
        return f"{d:%d/%m/%Y}"
    return f"{d:%d/%m/%Y %H:%M}"


def meta_row(s: Story) -> str:
    extra = ""
    if s.opts.get("updated"):
        u = datetime.strptime(s.opts["updated"], "%Y-%m-%d %H:%M")
        extra = f'<span class="italic text-gray-400">(Cập nhật: {u:%d/%m/%Y %H:%M})</span>'
    return (
        '<div class="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-gray-500 mt-3 pb-3 border-b '
        'border-gray-100">'
        f'<span class="inline-flex items-center">{ICON_CAL}{meta_date(s)}</span>{extra}'
        f'<span class="inline-flex items-center" title="Lượt xem">{ICON_EYE}{views(s)}</span>'
        f'<span class="inline-flex items-center" title="Người đăng">{ICON_USER}{t(s.opts["poster"])}</span>'
        "</div>"
    )


def tts_widget(s: Story) -> str:
    return (
        '<div class="not-prose flex flex-wrap items-center gap-3 rounded-md bg-slate-100 px-3 py-2 mb-5 '
        "text-sm\" x-data=\"{ giong: 'nu-nam' }\"><span class=\"font-medium\">🔊 Nghe đọc bài viết</span>"
        '<select x-model="giong" class="text-sm border-gray-300 rounded py-0.5"><option value="nu-nam">Giọng '
        'nữ miền Nam</option><option value="nam-bac">Giọng nam miền Bắc</option></select>'
        f'<audio controls preload="none" class="h-8" :src="\'/storage/tts/{s.id}-\' + giong + \'.mp3\'">'
        "</audio></div>"
    )


def feedback_widget(s: Story, path: str) -> str:
    attrs = livewire_attrs("danh-gia-bai-viet", {"postId": s.id, "daDanhGia": False}, path)
    return (
        f'<div class="not-prose mt-8 border-t border-gray-200 pt-4 text-sm text-gray-600" {attrs}>'
        "<p>Bài viết có hữu ích với bạn không?</p><div class=\"mt-2 flex gap-2\">"
        f'<button type="button" wire:click="danhGia(1)" class="px-3 py-1 rounded border">👍 Có ({s.id % 23})'
        '</button><button type="button" wire:click="danhGia(0)" class="px-3 py-1 rounded border">👎 Không '
        f"({s.id % 3})</button></div></div>"
    )


def article_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    canonical = base + path_of(s)
    cat_name = CATEGORIES[s.cat][0]
    d = local_dt(s)
    created = s.opts.get("created") or f"{d - timedelta(hours=7):%Y-%m-%d %H:%M}:00"
    images = [base + i.src for i in s.images]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": limit(s.title, 60),
        "datePublished": created, "dateModified": created,
        "author": {"@type": "Person", "name": s.opts["poster"]},
        "publisher": {"@type": "Organization", "name": "Sở GD&ĐT Sóc Trăng",
                      "logo": {"@type": "ImageObject", "url": base + "/images/logo-sgddt.png"}},
        "image": images or [base + thumb(s)], "mainEntityOfPage": canonical,
    }
    head = (
        f'<link rel="canonical" href="{canonical}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{a(limit(s.title, 60))}">\n'
        f'<meta property="og:url" content="{canonical}">\n'
        f'<meta property="og:image" content="{(images or [base + thumb(s)])[0]}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    blocks = trix_body(s) if s.opts.get("editor") == "trix" else ck_body(s)
    fold = s.opts.get("fold")
    if fold:
        # count rendered blocks: the CK renderer keeps one string per block here (no lists/tables)
        shown, hidden = blocks[:fold], blocks[fold:]
        body_html = (
            "".join(shown)
            + '<div x-data="{ moRong: false }"><div x-show="moRong" x-collapse x-cloak style="display: none;">'
            + "".join(hidden)
            + '</div><div class="not-prose text-center mt-4" x-show="!moRong"><button type="button" '
            '@click="moRong = true" class="px-5 py-2 rounded-full bg-sky-600 text-white text-sm">Đọc tiếp ▾'
            "</button></div></div>"
        )
    else:
        body_html = "".join(blocks)
    if s.opts.get("editor") == "trix":
        body_html = f'<div class="trix-content">{body_html}</div>'
    title_html = s.opts.get("title_html") or t(s.title)
    sapo = (
        '<div class="text-lg font-semibold text-gray-700 leading-relaxed border-l-4 border-sky-600 pl-4 my-4">'
        f"{t(s.summary)}</div>"
        if s.summary and s.sapo_outside else ""
    )
    attachments = ""
    if s.opts.get("attachments"):
        lis = "".join(
            f'<li class="flex items-center gap-2">{ICON_CLIP}<a href="{href}" class="text-blue-700 '
            f'hover:underline" download>{t(label)}</a><span class="text-xs text-gray-400">({size})</span></li>'
            for href, label, size in s.opts["attachments"]
        )
        attachments = (
            '<div class="mt-6 rounded-lg border border-dashed border-gray-300 p-4"><p class="text-sm '
            f'font-semibold mb-2">Tệp đính kèm</p><ul class="space-y-1 text-sm">{lis}</ul></div>'
        )
    tags = "".join(
        f'<span class="rounded-full bg-gray-100 px-3 py-1">#{t(tag)}</span>' for tag in s.opts.get("tags", [])
    )
    share_url = a(canonical)
    cards = "".join(
        f'<div class="bg-white rounded-lg shadow-sm overflow-hidden"><a href="bai-viet/{o.slug}-{o.id}">'
        f'<img src="{thumb(o)}" alt="{a(o.title)}" class="w-full h-32 object-cover"></a><div class="p-3">'
        f'<a href="bai-viet/{o.slug}-{o.id}" class="text-sm font-semibold text-gray-800 hover:text-sky-700 '
        f'line-clamp-3">{t(limit(o.title, 80))}</a><p class="text-xs text-gray-400 mt-1">'
        f"{local_dt(o):%d/%m/%Y}</p></div></div>"
        for o in related(s)
    )
    comments = livewire_attrs("binh-luan", {"postId": s.id, "ten": "", "email": "", "noiDung": ""},
                              request.path)
    main = (
        '<nav aria-label="Breadcrumb" class="text-sm text-gray-500 mb-3"><ol class="flex flex-wrap '
        'items-center gap-1"><li><a href="./" class="hover:text-sky-700">Trang chủ</a></li><li>/</li>'
        f"{'' if s.cat == 'thong-bao' else '<li><span>Tin tức</span></li><li>/</li>'}"
        f'<li><a href="chuyen-muc/{s.cat}" class="hover:text-sky-700">{t(cat_name)}</a></li><li>/</li>'
        f'<li class="truncate text-gray-400">{t(limit(s.title, 50))}</li></ol></nav>'
        '<article class="bg-white rounded-lg shadow-sm p-5 md:p-8">'
        f'<h2 class="text-2xl md:text-3xl font-bold text-gray-900 leading-tight">{title_html}</h2>'
        f"{meta_row(s)}{sapo}"
        f'<div class="prose prose-slate max-w-none prose-img:rounded-lg prose-a:text-sky-700 mt-4">'
        f"{tts_widget(s)}{body_html}{feedback_widget(s, request.path)}</div>"
        f"{attachments}"
        f'<div class="mt-6 flex flex-wrap items-center gap-2 text-xs"><span class="font-semibold '
        f'text-gray-600">Từ khóa:</span>{tags}</div>'
        '<div class="mt-6 flex items-center gap-2"><span class="text-sm text-gray-500">Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener" '
        'class="px-3 py-1 rounded bg-blue-600 text-white text-xs">Facebook</a>'
        f'<div class="zalo-share-button" data-href="{share_url}" data-oaid="579745863508352884" '
        'data-layout="1" data-color="blue" data-customize="false"></div>'
        f'<button type="button" x-data @click="navigator.clipboard.writeText(\'{share_url}\')" class="px-3 '
        'py-1 rounded border text-xs">Sao chép liên kết</button><button type="button" '
        'onclick="window.print()" class="px-3 py-1 rounded border text-xs">In bài viết</button></div>'
        "</article>"
        '<section class="mt-8"><h3 class="text-lg font-bold text-blue-900 border-b-2 border-blue-700 pb-1 '
        f'mb-4">Tin liên quan</h3><div class="grid grid-cols-1 sm:grid-cols-2 gap-4">{cards}</div></section>'
        f'<section class="mt-8 bg-white rounded-lg shadow-sm p-5" {comments}><h3 class="font-bold '
        'text-blue-900 mb-3">Ý kiến bạn đọc</h3><form wire:submit="gui" class="space-y-2"><input '
        'type="text" wire:model="ten" placeholder="Họ và tên" class="w-full border-gray-300 rounded text-sm">'
        '<input type="email" wire:model="email" placeholder="Email" class="w-full border-gray-300 rounded '
        'text-sm"><textarea wire:model="noiDung" rows="3" placeholder="Nội dung ý kiến" class="w-full '
        'border-gray-300 rounded text-sm"></textarea><button type="submit" class="px-4 py-1.5 bg-sky-600 '
        'text-white rounded text-sm">Gửi ý kiến</button></form><p class="text-sm text-gray-400 mt-3">Chưa có '
        "ý kiến nào.</p></section>"
    )
    title = f"{limit(s.title, 60)} - Sở GD&ĐT Sóc Trăng"
    return page(layout(request, title=title, main=main, head=head, description=excerpt(s)))


def withdrawn_page(request: Request) -> Response:
    base = base_url(request)
    main = (
        '<div class="bg-white rounded-lg shadow-sm p-10 text-center"><p class="text-6xl">📄</p>'
        '<p class="mt-4 text-lg font-semibold text-gray-700">Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>'
        f'<a href="{base}/" class="inline-block mt-6 px-5 py-2 rounded-full bg-sky-600 text-white '
        'text-sm">Quay lại trang chủ</a></div>'
    )
    return page(layout(request, title="Không tìm thấy bài viết - Sở GD&ĐT Sóc Trăng", main=main))


# --- listings --------------------------------------------------------------------------------


def card(base: str, s: Story, href: str | None = None) -> str:
    link = href or f"{base}{path_of(s)}"
    return (
        '<div class="flex gap-4 py-4">'
        f'<a href="{link}" class="shrink-0"><img src="{thumb(s)}" alt="{a(s.title)}" class="w-40 h-28 '
        'object-cover rounded-md"></a><div class="min-w-0">'
        f'<a href="{link}" class="font-semibold text-gray-900 hover:text-sky-700 line-clamp-2">{t(s.title)}</a>'
        f'<p class="text-xs text-gray-400 mt-1">{ago(local_dt(s))} · {views(s)} lượt xem</p>'
        f'<p class="text-sm text-gray-600 mt-1 line-clamp-3">{t(excerpt(s))}</p></div></div>'
    )


BTN = "relative inline-flex items-center px-4 py-2 text-sm font-medium border border-gray-300 leading-5"


def blade_paginator(base: str, slug: str, current: int, last: int, total: int, per: int) -> str:
    def url(n: int) -> str:
        return f"{base}/chuyen-muc/{slug}?page={n}"

    first = (current - 1) * per + 1
    upto = min(current * per, total)
    prev = (
        f'<span aria-disabled="true" aria-label="« Trước"><span class="{BTN} text-gray-400 bg-white '
        'cursor-default rounded-l-md" aria-hidden="true">« Trước</span></span>'
        if current == 1 else
        f'<a href="{url(current - 1)}" rel="prev" class="{BTN} text-gray-600 bg-white rounded-l-md" '
        'aria-label="« Trước">« Trước</a>'
    )
    nxt = (
        f'<span aria-disabled="true" aria-label="Sau »"><span class="{BTN} text-gray-400 bg-white '
        'cursor-default rounded-r-md" aria-hidden="true">Sau »</span></span>'
        if current >= last else
        f'<a href="{url(current + 1)}" rel="next" class="{BTN} text-gray-600 bg-white rounded-r-md" '
        'aria-label="Sau »">Sau »</a>'
    )
    nums = "".join(
        f'<span aria-current="page"><span class="{BTN} -ml-px text-white bg-sky-600 cursor-default">{n}'
        "</span></span>"
        if n == current else
        f'<a href="{url(n)}" class="{BTN} -ml-px text-gray-700 bg-white hover:text-gray-500" '
        f'aria-label="Đến trang {n}">{n}</a>'
        for n in range(1, last + 1)
    )
    mobile_prev = "" if current == 1 else f'<a href="{url(current - 1)}" class="{BTN} rounded-md">« Trước</a>'
    mobile_next = "" if current >= last else f'<a href="{url(current + 1)}" class="{BTN} rounded-md">Sau »</a>'
    return (
        '<nav role="navigation" aria-label="Điều hướng phân trang" class="flex items-center justify-between mt-6">'
        f'<div class="flex justify-between flex-1 sm:hidden">{mobile_prev}{mobile_next}</div>'
        '<div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between"><div><p class="text-sm '
        f'text-gray-700 leading-5">Hiển thị <span class="font-medium">{first}</span> đến <span '
        f'class="font-medium">{upto}</span> của <span class="font-medium">{total}</span> kết quả</p></div>'
        f'<div><span class="relative z-0 inline-flex shadow-sm rounded-md">{prev}{nums}{nxt}</span></div>'
        "</div></nav>"
    )


def livewire_paginator(current: int, last: int, total: int, per: int) -> str:
    first = (current - 1) * per + 1
    upto = min(current * per, total)
    prev = (
        f'<span aria-disabled="true" aria-label="« Trước"><span class="{BTN} text-gray-400 bg-white '
        'cursor-default rounded-l-md" aria-hidden="true">« Trước</span></span>'
        if current == 1 else
        f'<button type="button" wire:click="previousPage(\'page\')" x-on:click="$el.closest(\'[wire\\:id]\')'
        f'.scrollIntoView()" rel="prev" class="{BTN} rounded-l-md">« Trước</button>'
    )
    nxt = (
        f'<span aria-disabled="true" aria-label="Sau »"><span class="{BTN} text-gray-400 bg-white '
        'cursor-default rounded-r-md" aria-hidden="true">Sau »</span></span>'
        if current >= last else
        f'<button type="button" wire:click="nextPage(\'page\')" x-on:click="$el.closest(\'[wire\\:id]\')'
        f'.scrollIntoView()" dusk="nextPage" rel="next" class="{BTN} rounded-r-md">Sau »</button>'
    )
    nums = "".join(
        f'<span wire:key="paginator-page-page{n}"><span aria-current="page"><span class="{BTN} -ml-px '
        f'text-white bg-sky-600 cursor-default">{n}</span></span></span>'
        if n == current else
        f'<span wire:key="paginator-page-page{n}"><button type="button" wire:click="gotoPage({n}, \'page\')" '
        f'class="{BTN} -ml-px text-gray-700 bg-white" aria-label="Đến trang {n}">{n}</button></span>'
        for n in range(1, last + 1)
    )
    return (
        '<div><nav role="navigation" aria-label="Pagination Navigation" class="flex items-center '
        'justify-between mt-6"><div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between">'
        f'<div><p class="text-sm text-gray-700 leading-5">Hiển thị <span class="font-medium">{first}</span> '
        f'đến <span class="font-medium">{upto}</span> của <span class="font-medium">{total}</span> kết quả'
        f'</p></div><div><span class="relative z-0 inline-flex rtl:flex-row-reverse shadow-sm rounded-md">'
        f"{prev}{nums}{nxt}</span></div></div></nav></div>"
    )


def category_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    name, per, kind = CATEGORIES[slug]
    try:
        current = max(1, int(request.params.get("page", "1") or "1"))
    except ValueError:
        current = 1
    items = listing_order(slug)
    total = len(items)
    last = max(1, -(-total // per))
    shown = items[(current - 1) * per: current * per]
    cards = "".join(card(base, s) for s in shown) or (
        '<p class="py-8 text-center text-gray-500">Chưa có bài viết nào trong chuyên mục này.</p>'
    )
    if kind == "livewire":
        attrs = livewire_attrs("danh-sach-thong-bao", {"paginators": {"page": current}}, request.path)
        attrs = attrs.replace(
            'wire:effects="[]"',
            'wire:effects="' + a(json.dumps({"url": {"paginators.page": {
                "as": "page", "use": "push", "alwaysShow": False, "except": None}}})) + '"',
        )
        listing = (
            f'<div {attrs}><div class="divide-y divide-gray-100">{cards}</div>'
            f"{livewire_paginator(current, last, total, per)}</div>"
        )
    else:
        listing = (
            f'<div class="divide-y divide-gray-100">{cards}</div>'
            f"{blade_paginator(base, slug, current, last, total, per)}"
        )
    main = (
        '<nav aria-label="Breadcrumb" class="text-sm text-gray-500 mb-3"><ol class="flex gap-1">'
        f'<li><a href="{base}/">Trang chủ</a></li><li>/</li><li class="text-gray-400">{t(name)}</li></ol></nav>'
        '<div class="bg-white rounded-lg shadow-sm p-5"><h2 class="text-xl font-bold text-blue-900 border-l-4 '
        f'border-sky-600 pl-3 mb-2">{t(name)}</h2>{listing}</div>'
    )
    suffix = f" - Trang {current}" if current > 1 else ""
    return page(layout(request, title=f"{name}{suffix} - Sở GD&ĐT Sóc Trăng", main=main))


def home_page(request: Request) -> Response:
    base = base_url(request)
    featured = [BY_ID[2398], BY_ID[2416], BY_ID[2412]]
    hidden = ' x-cloak style="display: none;"'
    slides = "".join(
        f'<div x-show="slide === {i}" class="relative"{"" if i == 0 else hidden}>'
        f'<a href="{base}{path_of(s)}?ref=noi-bat"><img src="{thumb(s).replace("/thumbs/", "/slides/")}" '
        f'alt="{a(s.title)}" class="w-full h-72 object-cover rounded-lg"></a><div class="absolute bottom-0 '
        'inset-x-0 bg-gradient-to-t from-black/70 p-4 rounded-b-lg">'
        f'<a href="{base}{path_of(s)}?ref=noi-bat" class="text-white text-lg font-bold">{t(s.title)}</a>'
        "</div></div>"
        for i, s in enumerate(featured)
    )
    news = sorted(STORIES, key=local_dt, reverse=True)
    entries: list[tuple[datetime, str, str]] = [
        (local_dt(s), f"{base}{path_of(s)}", s.title) for s in news[:5]
    ]
    entries.append((datetime.strptime(WITHDRAWN_LOCAL, "%Y-%m-%d %H:%M"),
                    f"{base}/bai-viet/{WITHDRAWN_SLUG}-{WITHDRAWN_ID}", WITHDRAWN_TITLE))
    entries.sort(reverse=True)
    newest = "".join(
        f'<li class="py-2 border-b border-gray-100"><a href="{href}" class="text-sm font-medium '
        f'text-gray-800 hover:text-sky-700">{t(title)}</a><p class="text-xs text-gray-400">{ago(when)}</p></li>'
        for when, href, title in entries[:6]
    )
    more = livewire_attrs("tin-moi", {"soLuong": 6}, "/")
    blocks = ""
    for slug, (name, _per, _kind) in CATEGORIES.items():
        top = listing_order(slug)[: 2 if slug == "thong-bao" else 3]
        blocks += (
            '<section class="bg-white rounded-lg shadow-sm p-5 mt-6"><div class="flex items-center '
            f'justify-between border-b-2 border-sky-600 mb-2"><h3 class="font-bold uppercase text-blue-900 '
            f'pb-1"><a href="{base}/chuyen-muc/{slug}">{t(name)}</a></h3><a href="{base}/chuyen-muc/{slug}" '
            f'class="text-xs text-sky-700">Xem tất cả »</a></div><div class="divide-y divide-gray-100">'
            f'{"".join(card(base, s) for s in top)}</div></section>'
        )
    main = (
        '<div class="grid md:grid-cols-5 gap-4"><div class="md:col-span-3" x-data="{ slide: 0 }" '
        'x-init="setInterval(() => slide = (slide + 1) % 3, 6000)">'
        f"{slides}</div>"
        f'<div class="md:col-span-2 bg-white rounded-lg shadow-sm p-4" {more}><h3 class="font-bold '
        f'uppercase text-blue-900 border-b-2 border-sky-600 pb-1">Tin mới</h3><ul>{newest}</ul>'
        '<button type="button" wire:click="xemThem" class="mt-2 w-full text-sm text-sky-700">Xem thêm tin ▾'
        "</button></div></div>"
        f"{blocks}"
    )
    return page(layout(request, title="Sở Giáo dục và Đào tạo tỉnh Sóc Trăng", main=main))


# --- document register (Inertia) --------------------------------------------------------------

INERTIA_VERSION = "6f1e0c2ad4b3a9e1"


def inertia(request: Request, component: str, props: dict, ssr: str, title: str) -> Response:
    page_obj = {"component": component, "props": {**props, "errors": {}, "auth": {"user": None}},
                "url": request.target, "version": INERTIA_VERSION}
    if any(k.lower() == "x-inertia" for k in request.headers):
        return Response(200, json.dumps(page_obj, ensure_ascii=False),
                        {"Content-Type": "application/json", "X-Inertia": "true", "Vary": "X-Inertia"})
    island = f'<div id="app" data-page="{a(json.dumps(page_obj, ensure_ascii=False))}">{ssr}</div>'
    return page(layout(request, title=f"{title} - Sở GD&ĐT Sóc Trăng", main=island))


def documents_page(request: Request) -> Response:
    rows = "".join(
        f'<tr class="border-b"><td class="px-3 py-2 whitespace-nowrap"><a href="/van-ban/{d["id"]}" '
        f'class="text-sky-700 font-semibold">{t(d["so"])}</a></td><td class="px-3 py-2">{d["ngay"]}</td>'
        f'<td class="px-3 py-2">{t(d["trich_yeu"])}</td></tr>'
        for d in DOCUMENTS
    )
    ssr = (
        '<div class="bg-white rounded-lg shadow-sm p-5" data-v-app=""><h2 class="text-xl font-bold '
        'text-blue-900 mb-4">Văn bản chỉ đạo, điều hành</h2><table class="w-full text-sm"><thead class="bg-'
        'gray-100"><tr><th class="px-3 py-2 text-left">Số ký hiệu</th><th class="px-3 py-2 text-left">Ngày '
        f'ban hành</th><th class="px-3 py-2 text-left">Trích yếu</th></tr></thead><tbody>{rows}</tbody>'
        "</table></div>"
    )
    props = {"vanBan": {"data": [{"id": d["id"], "so_ky_hieu": d["so"], "ngay_ban_hanh": d["ngay"],
                                  "trich_yeu": d["trich_yeu"], "url": f"/van-ban/{d['id']}"}
                                 for d in DOCUMENTS],
                        "current_page": 1, "last_page": 1, "total": len(DOCUMENTS)}}
    return inertia(request, "VanBan/Index", props, ssr, "Văn bản")


def document_page(request: Request, doc: dict) -> Response:
    fields = [
        ("Số ký hiệu", doc["so"]), ("Loại văn bản", doc["loai"]), ("Ngày ban hành", doc["ngay"]),
        ("Cơ quan ban hành", doc["co_quan"]), ("Người ký", doc["nguoi_ky"]), ("Trích yếu", doc["trich_yeu"]),
    ]
    rows = "".join(
        f'<tr class="border-b"><th class="w-40 px-3 py-2 text-left bg-gray-50">{t(k)}</th>'
        f'<td class="px-3 py-2">{t(v)}</td></tr>'
        for k, v in fields
    )
    name = doc["file"].rsplit("/", 1)[1]
    ssr = (
        '<div class="bg-white rounded-lg shadow-sm p-5" data-v-app=""><nav class="text-sm text-gray-500 mb-3">'
        '<a href="/">Trang chủ</a> / <a href="/van-ban">Văn bản</a></nav><h2 class="text-xl font-bold '
        f'text-blue-900 mb-4">{t(doc["loai"])} {t(doc["so"])}</h2><table class="w-full text-sm">'
        f'<tbody>{rows}</tbody></table><p class="mt-4 text-sm">{ICON_CLIP} Tệp đính kèm: <a '
        f'href="{doc["file"]}" class="text-sky-700" download>{t(name)}</a></p></div>'
    )
    return inertia(request, "VanBan/Show", {"vanBan": {**doc, "url": f"/van-ban/{doc['id']}"}}, ssr,
                   f'{doc["loai"]} {doc["so"]}')


# --- other pages ----------------------------------------------------------------------------


def intro_page(request: Request) -> Response:
    main = (
        '<div class="bg-white rounded-lg shadow-sm p-6"><h2 class="text-2xl font-bold text-blue-900 mb-4">'
        'Giới thiệu chung</h2><div class="prose max-w-none">'
        "<p>Sở Giáo dục và Đào tạo tỉnh Sóc Trăng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức "
        "năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn "
        "tỉnh.</p><h3>Cơ cấu tổ chức</h3><ul><li>Ban Giám đốc: Giám đốc và các Phó Giám đốc;</li><li>Văn "
        "phòng Sở, Thanh tra Sở;</li><li>Phòng Giáo dục mầm non - Tiểu học, Phòng Giáo dục trung học - "
        "Giáo dục thường xuyên;</li><li>Phòng Khảo thí và Kiểm định chất lượng giáo dục;</li><li>Phòng "
        "Tổ chức cán bộ, Phòng Kế hoạch - Tài chính.</li></ul><p>Toàn ngành hiện có hơn 480 trường học "
        "với trên 320.000 học sinh và 17.000 cán bộ, giáo viên, nhân viên.</p></div></div>"
    )
    return page(layout(request, title="Giới thiệu - Sở GD&ĐT Sóc Trăng", main=main))


def contact_page(request: Request) -> Response:
    form = livewire_attrs("lien-he", {"hoTen": "", "email": "", "tieuDe": "", "noiDung": ""}, request.path)
    main = (
        '<div class="bg-white rounded-lg shadow-sm p-6"><h2 class="text-2xl font-bold text-blue-900 mb-4">'
        'Liên hệ</h2><div class="grid md:grid-cols-2 gap-6"><div class="text-sm space-y-1"><p class="font-bold">'
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG</p><p>Địa chỉ: Số 19 đường Nguyễn Chí Thanh, Phường 6, thành "
        "phố Sóc Trăng</p><p>Điện thoại: 0299.3821.447</p><p>Email: sgddt@soctrang.gov.vn</p>"
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" class="w-full h-56 mt-3" '
        'loading="lazy"></iframe></div>'
        f'<form wire:submit="gui" class="space-y-3" {form}><input type="text" wire:model="hoTen" '
        'placeholder="Họ và tên (*)" class="w-full border-gray-300 rounded text-sm"><input type="email" '
        'wire:model="email" placeholder="Email (*)" class="w-full border-gray-300 rounded text-sm"><input '
        'type="text" wire:model="tieuDe" placeholder="Tiêu đề" class="w-full border-gray-300 rounded text-sm">'
        '<textarea wire:model="noiDung" rows="5" placeholder="Nội dung" class="w-full border-gray-300 rounded '
        'text-sm"></textarea><button type="submit" class="px-4 py-2 bg-sky-600 text-white rounded text-sm">Gửi '
        "liên hệ</button></form></div></div>"
    )
    return page(layout(request, title="Liên hệ - Sở GD&ĐT Sóc Trăng", main=main))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in STORIES if q and q.lower() in s.title.lower()][:10] if q else []
    base = base_url(request)
    body = "".join(card(base, s) for s in hits) or (
        '<p class="py-6 text-gray-500">Vui lòng nhập từ khóa để tìm kiếm.</p>' if not q
        else '<p class="py-6 text-gray-500">Không tìm thấy kết quả phù hợp.</p>'
    )
    main = (
        '<div class="bg-white rounded-lg shadow-sm p-5"><h2 class="text-xl font-bold text-blue-900 mb-2">'
        f'Kết quả tìm kiếm: “{t(q)}”</h2><div class="divide-y">{body}</div></div>'
    )
    return page(layout(request, title="Tìm kiếm - Sở GD&ĐT Sóc Trăng", main=main))


def not_found(request: Request) -> Response:
    main = (
        '<div class="bg-white rounded-lg shadow-sm p-10 text-center"><p class="text-5xl font-bold '
        'text-gray-300">404</p><p class="mt-2 text-gray-600">Không tìm thấy trang</p></div>'
    )
    return Response(404, layout(request, title="404 | Không tìm thấy trang", main=main, side=False),
                    {"Content-Type": "text/html; charset=UTF-8"})


# --- the site --------------------------------------------------------------------------------

ARTICLE_RE = re.compile(r"^/bai-viet/([a-z0-9]+(?:-[a-z0-9]+)*)-(\d+)$")
CATEGORY_RE = re.compile(r"^/chuyen-muc/([a-z0-9-]+)$")
DOCUMENT_RE = re.compile(r"^/van-ban/(\d+)$")

DOC_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return home_page(request)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        if path.startswith("/storage/uploads/"):
            for ext, ctype in DOC_TYPES.items():
                if path.endswith(ext):
                    return Response(200, PDF if ext == ".pdf" else b"PK\x03\x04 docx placeholder",
                                    {"Content-Type": ctype})
        if path.startswith(("/storage/", "/build/", "/images/", "/favicon", "/livewire/livewire")):
            return static_file(path)
        m = ARTICLE_RE.match(path)
        if m:
            post_id = int(m.group(2))
            if post_id in BY_ID:
                return article_page(request, BY_ID[post_id])
            if post_id == WITHDRAWN_ID:
                return withdrawn_page(request)
            return not_found(request)
        m = CATEGORY_RE.match(path)
        if m and m.group(1) in CATEGORIES:
            return category_page(request, m.group(1))
        if path == "/van-ban":
            return documents_page(request)
        m = DOCUMENT_RE.match(path)
        if m and int(m.group(1)) in DOCS_BY_ID:
            return document_page(request, DOCS_BY_ID[int(m.group(1))])
        if path == "/gioi-thieu":
            return intro_page(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        return not_found(request)


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s.opts.get("old_slug"):
        alts.append(path_of(s, s.opts["old_slug"]))
    if s.opts.get("ref"):
        alts.append(path_of(s) + "?ref=noi-bat")
    return alts


GOLD = [
    gold_record(s, path_of(s), CATEGORIES[s.cat][0], canonical_path=path_of(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban/1551",
    "/van-ban/1547",
    "/van-ban/1542",
    f"/bai-viet/{WITHDRAWN_SLUG}-{WITHDRAWN_ID}",
]
