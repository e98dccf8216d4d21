"""Optimizely CMS 12 (formerly Episerver, ASP.NET Core): the site of a city's Phòng GD&ĐT.

The platform
------------
The city's IT centre bought an Optimizely CMS 12 licence for all of the city's agencies; the
vendor built the education office's site from the Alloy/Foundation starter: Bootstrap 5, a header
partial with the date, a "mega menu" built from the page tree, ``div.breadcrumb-block``, page
types rendered by Razor views, blocks dropped into XHTML properties and ContentAreas.
The site is "Phòng Giáo dục và Đào tạo thành phố Bảo Lộc" (Vietnamese at ``/vi/``, a small
English branch at ``/en/``). Three quirks of the platform run through every page:

* Razor's default ``HtmlEncoder`` was never told about Vietnamese, so every *string* a view prints
  (page names in menus, breadcrumbs and listings, the h1, the intro, the author and source, block
  captions and quotes, the header clock) comes out as hexadecimal character references
  (``Ph&#xF2;ng``); text written literally in the .cshtml files ("Ngày đăng:", "Tác giả:", the
  footer) and the XHTML property (the article body, edited in TinyMCE) are raw UTF-8.
* Every content item also answers at its *permanent link* ``/link/<32-hex guid>.aspx``, with or
  without ``?epslanguage=vi``: 200 with the very same page (no redirect). Editors paste these
  permanent links in body text, and the "Tin liên quan" ContentArea prints its teasers with them.
* ``Html.CanonicalLink()`` prints the content's friendly URL, absolute, with no query string:
  on ``/link/…`` pages, on ``?p=2`` listing pages and on search pages alike.

URL scheme and page kinds
-------------------------
* ``/`` answers 302 to ``/vi/`` (the start page of the Vietnamese branch).
* ``/vi/``: home: a carousel of three featured articles, the newest 4 of "Hoạt động ngành", the
  newest 3 of each other category, side boxes. All links there are friendly URLs.
* ``/vi/tin-tuc/``: the news root: the newest 6 articles of all categories, no pager.
* ``/vi/tin-tuc/<chuyen-muc>/`` (``hoat-dong-nganh``, ``chuyen-mon-nghiep-vu``, ``thong-bao``):
  a Search & Navigation (Find) list, 5 per page, newest first; the pager is "Trước", the page
  numbers and "Sau", all ``?p=N`` links (``?p=1`` is printed for page 1 from page 2). The pager
  has no clamp: ``?p=99`` answers 200 with "Không có bài viết nào." and a pager whose "Trước"
  points at ``?p=98``. "Hoạt động ngành" has 7 articles: page 2 holds the two oldest (11 and 13),
  which no other friendly link reaches (the home page, the news root, the mega menu and "Tin
  mới" only show newer ones); they are also reachable through permanent links in "Tin liên
  quan" (11 from 8; 13 from 1 and 9) and through the tag search.
* ``/vi/tin-tuc/<chuyen-muc>/<slug>/``: the article page type (below). Any query string but
  ``epieditmode`` is ignored.
* ``/link/<guid>.aspx`` and ``/link/<guid>.aspx?epslanguage=vi``: the same article (or static
  page); ``?epslanguage=en`` serves the English version where one exists (1 and 12), else 404.
* Static pages: ``/vi/gioi-thieu/`` (introduction with anchors ``#co-cau-to-chuc``…),
  ``/vi/lien-he/`` (contact form), ``/vi/lich-cong-tac/`` (the weekly work calendar: "« Tuần
  trước" / "Tuần sau »" links ``?tuan=N&nam=YYYY`` go on for ever; weeks 47 and 48 of 2026 have
  entries, every other week answers 200 with "Chưa có lịch công tác tuần này."),
  ``/vi/van-ban/`` (document library: 7 documents, 5 per page, ``?page=2``; each row links a PDF
  under ``/globalassets/van-ban/2026/``; no detail pages).
* ``/vi/tim-kiem/?q=…&p=N``: Find search, 5 per page, the same unclamped pager; ``q=`` (empty)
  lists every article; the articles' tag links ("Từ khóa:") point here.
* ``/en/``, ``/en/news/``, ``/en/news/<slug>/``: the English branch with 2 translated articles
  (of 1 and 12) printed by the same article view, in English: not articles of this portal.
* ``/episerver/cms`` (linked as "Quản trị" in the footer) and anything under ``/episerver/``
  answer 302 to ``/util/login?ReturnUrl=…``; the footer's "Đăng nhập" link is
  ``/util/login?ReturnUrl=<this page, escaped>`` (a different URL on every page); the login page
  is Optimizely's English "Log In" form.
* ``?epieditmode=true`` on any URL answers 302 to the login page. Article 7's body carries a link
  an editor copied from the edit UI:
  ``/EPiServer/CMS/Content/vi/tin-tuc/hoat-dong-nganh/<slug 13>,,1265_4711/?epieditmode=true``.
* A friendly URL without its trailing slash answers 301 to the slashed one (nothing links it).
* Images: ``/globalassets/tin-tuc/2026/<file>`` (the shared media folder) and
  ``/contentassets/<folder guid>/<file>`` (the page's own assets folder); image blocks print
  ``?width=800&quality=80`` (ImageSharp), teasers ``?width=400&quality=70``; images pasted with
  TinyMCE print the bare file.

Article page anatomy
--------------------
``<article class="article-page">``: ``h1.article-page__title``; ``p.article-page__date``
("Ngày đăng: 20/11/2026 | Cập nhật: 21/11/2026 | Lượt xem: 528": the "Cập nhật" part only when
the page was changed on a later day); ``div.article-page__intro`` (the Intro string property,
bold lead; absent when empty); ``div.article-page__body`` (the XHTML property: p, h2, ul,
tables, ``<p>&nbsp;</p>`` spacers, image blocks ``div.block.imageblock`` with
figure/figcaption, quote blocks ``div.block.quoteblock`` with Bootstrap's
``figure > blockquote.blockquote + figcaption.blockquote-footer``, TinyMCE images in a centred
``<p>`` with an italic centred line under them); ``div.article-page__author`` ("Tác giả: …",
"Nguồn: …", each only when filled); tags ("Từ khóa:"); share buttons (Facebook, Zalo, "In bài",
"Gửi email"). After the article, the "Tin liên quan" ContentArea of teaser blocks (permanent
links); an aside with "Tin mới", "Văn bản mới", banners and a "Liên kết website" select; a
footer with address, phone, visitor counter.

Gold decisions (as a careful reader decides)
--------------------------------------------
* title: the h1 (NFC; article 9's was pasted decomposed).
* published_at: the "Ngày đăng" day (the page prints no time): ``YYYY-MM-DD``; never
  "Cập nhật", never the header clock (Thứ Tư, ngày 25/11/2026), never dates in the text.
* summary: the intro property where printed (articles 1, 3, 4, 5, 8, 9, 10, 12, 13); it is also
  the body's first paragraph. Articles 2, 6, 7 and 11 have no intro: summary None.
* body: the XHTML property's paragraphs, h2 headings, list items and table rows (cells joined by
  " | "; a ``colspan`` cell counts once); a quote block gives two paragraphs: the quotation and its
  attribution line (the figcaption "Bà Lê Thị Mỹ Hạnh, Trưởng phòng GD&ĐT thành phố": it is
  content, not an image caption). Not body: image captions, ``&nbsp;`` spacers, signatures at
  the end (3, 7, 11), the author/source box, tags, share buttons, "Tin liên quan".
* authors: from the author property ("Tác giả: Minh Thư - Trường TH Lý Tự Trọng" -> Minh Thư;
  "ThS. Đặng Thị Ngọc Lan, Phó Trưởng phòng" -> Đặng Thị Ngọc Lan; "Hoàng Anh, Quốc Bảo" ->
  both; "Bảo Ngọc (Ảnh: Đức Huy)" -> Bảo Ngọc, photographer Đức Huy), or from a signature that
  closes the body (3: "ThS. Phạm Thị Thu Hà" over "Chuyên viên Phòng GD&ĐT" -> Phạm Thị Thu Hà;
  7: "Bài và ảnh: Lê Văn Tùng" -> author and photographer). Article 11 is signed "Tổ Văn phòng -
  Trường MN Sơn Ca": the office wrote it, authors ["Tổ Văn phòng"] (harmonised with the other
  portals' gold; the helper had written none). Notices (2, 6, 10) are unsigned.
* photographers: 7 (Lê Văn Tùng), 8 (Thanh Tâm, named in the captions "(Ảnh: Thanh Tâm)"),
  13 (Đức Huy).
* source: the "Nguồn:" property: 9 "Báo Lâm Đồng", 13 "Cổng Thông tin điện tử thành phố Bảo
  Lộc"; else None.
* images: the body's photos in order, at the printed src (query kept); caption = the figcaption,
  or the italic centred line under a TinyMCE image (3); article 8's "(Ảnh: Thanh Tâm)" captions
  are kept whole; its third figcaption is only the Zalo file name (the block falls back to the
  media's name): caption None; image blocks without a caption (4) and a TinyMCE image with no
  line under it (12): None. Teaser thumbnails, logo and banners are not article images.
* category: the breadcrumb's item before the article's own (active) item: "Hoạt động ngành",
  "Chuyên môn - Nghiệp vụ" or "Thông báo".
* canonical_path: the friendly URL; alt_paths: ``/link/<guid>.aspx`` and its
  ``?epslanguage=vi`` variant.

Gold articles and the paths that reach them
-------------------------------------------
1, 4, 5, 8, 9, 11, 13: Hoạt động ngành (1, 4, 5, 8, 9 on page 1; 11 and 13 only on ``?p=2``);
3, 7, 12: Chuyên môn - Nghiệp vụ; 2, 6, 10: Thông báo. Newest first: 2 (24/11), 1 (20/11),
3 (18/11), 4 (16/11), 5 (12/11), 6 (10/11), 7 (06/11), 8 (03/11), 9 (27/10), 10 (22/10),
11 (15/10), 12 (08/10), 13 (30/09).

Text oddities: article 9 (title, intro and body) was stored decomposed (NFD); article 10's body
was saved by TinyMCE with named entities (``&agrave;``, ``&ecirc;``…) for the Latin-1 letters and
raw UTF-8 for the rest.

Non-articles: the static pages, the calendar, the document library (2 pages), the English
articles and the English home.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from datetime import date, timedelta
from html.entities import codepoint2name
from urllib.parse import quote, quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, TODAY, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "episerver_sgddt"
PLATFORM = "Optimizely CMS 12 (Episerver, ASP.NET Core, Bootstrap 5)"
START_PATH = "/"

SITE_SHORT = "Phòng GD&ĐT thành phố Bảo Lộc"
PAGE_SIZE = 5
CATS = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "chuyen-mon-nghiep-vu": "Chuyên môn - Nghiệp vụ",
    "thong-bao": "Thông báo",
}
NO_IMAGE = "/globalassets/mac-dinh/anh-mac-dinh.jpg"

# permanent links of the static pages
STATIC_GUIDS = {
    "/vi/gioi-thieu/": "b5a9201fe90b4b3bac2ec0c76c907541",
    "/vi/van-ban/": "4018edf9c08d424f9eedd58950469ee3",
    "/vi/lich-cong-tac/": "c4cc646696724c21a49c3b45e2ecd739",
    "/vi/lien-he/": "1fe9e323461a42d49e42b94fe2282f64",
}

CA1 = "/contentassets/84dc4c8ff4d149d886ad0b25c06d274c"
CA7 = "/contentassets/69d8c7efb4a440599c4a75b9fc163256"
CA8 = "/contentassets/870fb47a5e904c63a5bbfd5a131b9ae7"
CA13 = "/contentassets/7a14f0b129554d74b7331b8e9e9c3474"
GA = "/globalassets/tin-tuc/2026"
Q800 = "?width=800&quality=80"

RIGHT = '<p style="text-align: right;">'
SPACER = Raw("<p>&nbsp;</p>")


# --- the articles ----------------------------------------------------------------------------
# opts: guid, cid (content id), date / updated (as printed), author / source (the properties as
# typed), tags, related [(id, with ?epslanguage=vi)], links [(anchor, href)], strong [phrase],
# thumb (teaser image), nfd / named_entities (text form), en (slug of the English version)

STORIES: list[Story] = [
    Story(
        id=1,
        slug="tuyen-duong-86-nha-giao-tieu-bieu",
        title="Tuyên dương 86 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="hoat-dong-nganh",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11, Phòng Giáo dục và Đào tạo thành phố tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 86 nhà giáo tiêu biểu năm học "
            "2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Trần Văn Hiệp, Phó Chủ tịch UBND thành phố; lãnh đạo các "
                "phòng, ban, ngành, đoàn thể thành phố cùng hơn 300 cán bộ quản lý, giáo viên, nhân "
                "viên đại diện cho các trường học trên địa bàn."
            ),
            P(
                "Phát biểu tại buổi lễ, bà Lê Thị Mỹ Hạnh, Trưởng phòng GD&ĐT thành phố ôn lại "
                "truyền thống vẻ vang của ngành và điểm lại những kết quả nổi bật của năm học 2025 - "
                "2026: toàn thành phố có 98,6% học sinh hoàn thành chương trình tiểu học, 99,1% học "
                "sinh lớp 9 được công nhận tốt nghiệp THCS; 42 học sinh đạt giải trong kỳ thi học "
                "sinh giỏi cấp tỉnh."
            ),
            Img(
                f"{CA1}/le-ky-niem-20-11.jpg{Q800}",
                "Bà Lê Thị Mỹ Hạnh, Trưởng phòng GD&ĐT thành phố phát biểu tại buổi lễ",
                "Bà Lê Thị Mỹ Hạnh, Trưởng phòng GD&ĐT thành phố phát biểu tại buổi lễ",
                "block",
            ),
            P(
                "Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học "
                "sinh noi theo.",
                "quote",
            ),
            P("Bà Lê Thị Mỹ Hạnh, Trưởng phòng GD&ĐT thành phố", "quote-by"),
            P(
                "Nhân dịp này, Chủ tịch UBND thành phố tặng Giấy khen cho 86 nhà giáo có thành tích "
                "xuất sắc trong công tác giảng dạy, giáo dục học sinh; Phòng GD&ĐT trao thưởng cho 12 "
                "tập thể đạt danh hiệu Tập thể lao động xuất sắc."
            ),
            Img(
                f"{CA1}/trao-giay-khen.jpg{Q800}",
                "Lãnh đạo UBND thành phố trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo UBND thành phố trao Giấy khen cho các nhà giáo tiêu biểu",
                "block",
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ chào mừng do giáo viên các trường mầm "
                "non, tiểu học và THCS trên địa bàn biểu diễn."
            ),
            SPACER,
        ],
        authors=["Ngọc Hân"],
        opts={
            "guid": "3b4458c5ce524c589843dd161c85e9c5",
            "cid": 1298,
            "date": "20/11/2026",
            "updated": "21/11/2026",
            "author": "Ngọc Hân",
            "tags": ["Ngày Nhà giáo Việt Nam", "tuyên dương"],
            "related": [(5, False), (4, False), (13, True)],
            "thumb": f"{CA1}/le-ky-niem-20-11.jpg",
            "en": "86-outstanding-teachers-honoured-on-vietnamese-teachers-day",
        },
    ),
    Story(
        id=2,
        slug="lich-tiep-cong-dan-thang-12-2026",
        title="Thông báo lịch tiếp công dân của lãnh đạo Phòng GD&ĐT tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-24",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo thành phố thông báo lịch tiếp công dân định kỳ của lãnh "
                "đạo Phòng trong tháng 12/2026 vào sáng thứ Năm các ngày 03/12 và 17/12/2026, từ 7 "
                "giờ 30 đến 11 giờ, tại phòng tiếp công dân (tầng 1, số 3 Hồ Tùng Mậu, Phường 1)."
            ),
            P(
                "Công dân đến liên hệ mang theo căn cước công dân và các giấy tờ liên quan đến nội "
                "dung cần phản ánh, kiến nghị."
            ),
        ],
        opts={
            "guid": "a7744ed1c2d94f059d02f548c7b93837",
            "cid": 1301,
            "date": "24/11/2026",
            "tags": ["tiếp công dân"],
            "related": [(10, False), (6, False)],
        },
    ),
    Story(
        id=3,
        slug="hoi-thao-day-hoc-stem-mon-khtn-cap-thcs",
        title="Hội thảo chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên cấp THCS”",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-11-18",
        summary=(
            "Ngày 14/11/2026, tại Trường THCS Nguyễn Du, Phòng GD&ĐT thành phố tổ chức hội thảo "
            "chuyên đề về dạy học STEM trong môn Khoa học tự nhiên với sự tham gia của 65 giáo "
            "viên cốt cán cấp THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhằm triển khai Công văn số 3089/BGDĐT-GDTrH của Bộ GD&ĐT về việc triển "
                "khai thực hiện giáo dục STEM trong giáo dục trung học, đồng thời chia sẻ kinh nghiệm "
                "xây dựng bài học STEM phù hợp với điều kiện cơ sở vật chất của các trường trên địa "
                "bàn."
            ),
            P("1. Nội dung hội thảo", "h2"),
            P(
                "Các đại biểu nghe báo cáo tham luận và dự tiết dạy minh họa bài “Chế tạo mô hình hệ "
                "tuần hoàn” tại lớp 8A2 do cô Vũ Thị Hồng Nhung thực hiện."
            ),
            Img(
                f"{GA}/hoi-thao-stem-nguyen-du.jpg",
                "Tiết dạy minh họa của cô Vũ Thị Hồng Nhung, Trường THCS Nguyễn Du",
                "Tiết dạy minh họa của cô Vũ Thị Hồng Nhung, Trường THCS Nguyễn Du",
                "tiny",
            ),
            P("Sau tiết dạy, giáo viên thảo luận theo nhóm về ba nội dung chính:"),
            P("Quy trình thiết kế bài học STEM theo 5 bước;", "li"),
            P("Cách tổ chức hoạt động nhóm và đánh giá sản phẩm của học sinh;", "li"),
            P("Khai thác thiết bị dạy học tối thiểu và vật liệu tái chế sẵn có.", "li"),
            P("2. Một số đề xuất", "h2"),
            P(
                "Hội thảo thống nhất mỗi trường THCS xây dựng tối thiểu 2 bài học STEM mỗi học kỳ "
                "đối với môn Khoa học tự nhiên; tổ chức ngày hội STEM cấp trường trong học kỳ II."
            ),
            P(
                "Phòng GD&ĐT sẽ tổng hợp các bài học STEM tiêu biểu để chia sẻ trên kho học liệu số "
                "của ngành."
            ),
            Raw(
                f"{RIGHT}<strong>ThS. Phạm Thị Thu Hà</strong><br />"
                "<em>Chuyên viên Phòng GD&amp;ĐT</em></p>"
            ),
        ],
        authors=["Phạm Thị Thu Hà"],
        opts={
            "guid": "bc8ced6fd737420e85466c79e58e9c50",
            "cid": 1291,
            "date": "18/11/2026",
            "tags": ["STEM", "Khoa học tự nhiên"],
            "related": [(12, True), (7, False)],
            "thumb": f"{GA}/hoi-thao-stem-nguyen-du.jpg",
        },
    ),
    Story(
        id=4,
        slug="ngay-hoi-doc-sach-truong-th-ly-tu-trong",
        title="Trường TH Lý Tự Trọng tổ chức Ngày hội đọc sách “Sách - Người bạn đồng hành”",
        cat="hoat-dong-nganh",
        published_at="2026-11-16",
        summary=(
            "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 13/11, Trường Tiểu "
            "học Lý Tự Trọng tổ chức Ngày hội đọc sách với sự tham gia của hơn 900 học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm nhiều hoạt động bổ ích như: trưng bày sách theo chủ đề, giới thiệu "
                "sách hay, thi kể chuyện theo sách, đố vui về nhân vật văn học và trao đổi sách cũ."
            ),
            Img(
                f"{GA}/ngay-hoi-doc-sach-1.jpg{Q800}",
                "Học sinh khối 3 tham gia gian trưng bày sách tự làm",
                "Học sinh khối 3 tham gia gian trưng bày sách tự làm",
                "block",
            ),
            P(
                "Điểm nhấn của ngày hội là gian hàng “Đổi sách cũ - Nhận niềm vui mới”, nơi các em "
                "mang sách đã đọc đến trao đổi với bạn bè. Hơn 1.200 cuốn sách đã được trao đổi "
                "trong buổi sáng."
            ),
            Img(f"{GA}/ngay-hoi-doc-sach-2.jpg{Q800}", None, None, "block"),
            P(
                "Thông qua ngày hội, nhà trường mong muốn khơi dậy niềm say mê đọc sách, hình thành "
                "thói quen đọc và kỹ năng tự học cho học sinh."
            ),
        ],
        authors=["Minh Thư"],
        opts={
            "guid": "a0e335c318a948b0b869f29c29df7b2c",
            "cid": 1287,
            "date": "16/11/2026",
            "updated": "17/11/2026",
            "author": "Minh Thư - Trường TH Lý Tự Trọng",
            "tags": ["văn hóa đọc"],
            "related": [(8, False), (1, False)],
            "thumb": f"{GA}/ngay-hoi-doc-sach-1.jpg",
        },
    ),
    Story(
        id=5,
        slug="ket-qua-hoi-thi-gvdg-tieu-hoc-2026-2027",
        title="Kết quả Hội thi Giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-11-12",
        summary=(
            "Sau hai tuần diễn ra (từ ngày 26/10 đến ngày 07/11/2026), Hội thi Giáo viên dạy giỏi "
            "cấp thành phố bậc Tiểu học đã khép lại với 58 giáo viên được công nhận danh hiệu Giáo "
            "viên dạy giỏi cấp thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm nay có 71 giáo viên của 17 trường tiểu học tham gia Hội thi. Mỗi giáo viên "
                "trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện 2 tiết dạy thực hành "
                "(1 tiết môn Tiếng Việt hoặc Toán và 1 tiết tự chọn), như đã đưa tin tại lễ khai mạc "
                "Hội thi."
            ),
            SPACER,
            P("Kết quả cụ thể", "h2"),
            P("STT | Môn/Lĩnh vực | Số giáo viên dự thi | Số giáo viên đạt | Tỷ lệ (%)", "th"),
            P("1 | Giáo viên chủ nhiệm lớp | 38 | 32 | 84,2", "tr"),
            P("2 | Tiếng Anh | 12 | 10 | 83,3", "tr"),
            P("3 | Tin học | 9 | 7 | 77,8", "tr"),
            P("4 | Âm nhạc - Mĩ thuật | 12 | 9 | 75,0", "tr"),
            P("Tổng cộng | 71 | 58 | 81,7", "tr2"),
            P(
                "Các đơn vị có tỷ lệ giáo viên đạt cao gồm: Trường TH Lý Tự Trọng, TH Đinh Bộ Lĩnh, "
                "TH Lộc Phát và TH Nguyễn Văn Trỗi."
            ),
            Img(
                f"{GA}/trao-chung-nhan-gvdg-tieu-hoc.jpg{Q800}",
                "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu Giáo viên dạy giỏi "
                "cấp thành phố",
                "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu Giáo viên dạy giỏi "
                "cấp thành phố",
                "block",
            ),
            P(
                "Theo đánh giá của Ban giám khảo, nhiều tiết dạy đã vận dụng linh hoạt phương pháp "
                "dạy học tích cực, ứng dụng công nghệ thông tin hiệu quả; tuy nhiên một số giáo viên "
                "còn lúng túng trong việc phân hóa đối tượng học sinh."
            ),
        ],
        authors=["Hoàng Anh", "Quốc Bảo"],
        opts={
            "guid": "6a7135c891cc4d7da7498d0ef28714d6",
            "cid": 1282,
            "date": "12/11/2026",
            "author": "Hoàng Anh, Quốc Bảo",
            "tags": ["giáo viên dạy giỏi", "tiểu học"],
            "related": [(9, True), (1, False)],
            "links": [
                (
                    "lễ khai mạc Hội thi",
                    "/link/c40a62d7a8ca4a67b85127f4ac110b28.aspx?epslanguage=vi",
                )
            ],
            "thumb": f"{GA}/trao-chung-nhan-gvdg-tieu-hoc.jpg",
        },
    ),
    Story(
        id=6,
        slug="ke-hoach-hoi-khoe-phu-dong-cap-thanh-pho",
        title="Thông báo kế hoạch tổ chức Hội khỏe Phù Đổng cấp thành phố năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-10",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 245/KH-UBND ngày 02/11/2026 của UBND thành phố, Phòng GD&ĐT "
                "thông báo đến các trường mầm non, tiểu học, THCS trên địa bàn một số nội dung về tổ "
                "chức Hội khỏe Phù Đổng cấp thành phố năm học 2026 - 2027 như sau:"
            ),
            P("Thời gian: từ ngày 07/12 đến ngày 13/12/2026.", "li"),
            P(
                "Địa điểm: Nhà thi đấu thể thao thành phố và sân vận động Trường THCS Quang Trung.",
                "li",
            ),
            P(
                "Các môn thi đấu: điền kinh, bơi lội, cờ vua, bóng bàn, cầu lông, đá cầu, bóng đá "
                "mini.",
                "li",
            ),
            P("Hạn đăng ký danh sách vận động viên: trước ngày 30/11/2026.", "li"),
            P("Chi tiết xem tại văn bản đính kèm: Kế hoạch số 245/KH-UBND."),
        ],
        opts={
            "guid": "ba8424d1e75c44709cdf8d54aef1aa13",
            "cid": 1279,
            "date": "10/11/2026",
            "tags": ["Hội khỏe Phù Đổng"],
            "related": [(10, True), (2, False)],
            "links": [
                ("Kế hoạch số 245/KH-UBND.", "/globalassets/van-ban/2026/kh-245-ubnd-hkpd.pdf")
            ],
            "strong": [
                "Thời gian:",
                "Địa điểm:",
                "Các môn thi đấu:",
                "Hạn đăng ký danh sách vận động viên:",
            ],
        },
    ),
    Story(
        id=7,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-thcs-loc-son",
        title=(
            "Trường THCS Lộc Sơn thực hiện chuyên đề sinh hoạt chuyên môn theo hướng nghiên cứu "
            "bài học"
        ),
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-11-06",
        blocks=[
            P(
                "Ngày 04/11/2026, Trường THCS Lộc Sơn tổ chức chuyên đề sinh hoạt chuyên môn theo "
                "hướng nghiên cứu bài học cấp cụm với sự tham dự của tổ trưởng chuyên môn các trường "
                "THCS Lộc Sơn, Chu Văn An và Quang Trung."
            ),
            P(
                "Tiết dạy minh họa bài “Phép chia phân số” môn Toán lớp 6 do thầy Đỗ Minh Trí thực "
                "hiện. Thay vì tập trung nhận xét giáo viên, người dự giờ quan sát việc học của từng "
                "nhóm học sinh: em nào tích cực, em nào gặp khó khăn và nguyên nhân vì sao."
            ),
            Img(
                f"{CA7}/tiet-day-minh-hoa.jpg{Q800}",
                "Thầy Đỗ Minh Trí hướng dẫn học sinh thảo luận nhóm",
                "Thầy Đỗ Minh Trí hướng dẫn học sinh thảo luận nhóm",
                "block",
            ),
            P(
                "Ở phần thảo luận, các thầy cô chia sẻ nhiều phát hiện thú vị về cách học sinh tiếp "
                "cận bài toán, từ đó đề xuất điều chỉnh cách giao nhiệm vụ và thời lượng hoạt động "
                "cho phù hợp hơn."
            ),
            Img(
                f"{CA7}/thao-luan-sau-tiet-day.jpg{Q800}",
                "Giáo viên các trường trong cụm thảo luận sau tiết dạy",
                "Giáo viên các trường trong cụm thảo luận sau tiết dạy",
                "block",
            ),
            P(
                "Chuyên đề được tổ chức theo kế hoạch thực hiện nhiệm vụ năm học đã được triển khai "
                "tại hội nghị đầu năm, góp phần đổi mới phương pháp dạy học và nâng cao năng lực "
                "chuyên môn cho đội ngũ giáo viên."
            ),
            Raw(f"{RIGHT}<em>Bài và ảnh: Lê Văn Tùng</em></p>"),
        ],
        authors=["Lê Văn Tùng"],
        photographers=["Lê Văn Tùng"],
        opts={
            "guid": "233bd15aa8e548c3b391f367941ec456",
            "cid": 1276,
            "date": "06/11/2026",
            "tags": ["sinh hoạt chuyên môn", "nghiên cứu bài học"],
            "related": [(3, False), (12, False)],
            "links": [
                (
                    "kế hoạch thực hiện nhiệm vụ năm học",
                    "/EPiServer/CMS/Content/vi/tin-tuc/hoat-dong-nganh/"
                    "hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027,,1265_4711/?epieditmode=true",
                )
            ],
            "thumb": f"{CA7}/tiet-day-minh-hoa.jpg",
        },
    ),
    Story(
        id=8,
        slug="ngay-hoi-tro-choi-dan-gian-mn-hoa-sen",
        title="Sôi nổi ngày hội “Trò chơi dân gian” ở Trường Mầm non Hoa Sen",
        cat="hoat-dong-nganh",
        published_at="2026-11-03",
        summary=(
            "Nhằm giúp trẻ làm quen với các trò chơi truyền thống của dân tộc, sáng 31/10, Trường "
            "Mầm non Hoa Sen tổ chức ngày hội “Trò chơi dân gian” cho hơn 350 trẻ ở các độ tuổi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm các trò chơi quen thuộc như kéo co, nhảy bao bố, ô ăn quan, rồng rắn "
                "lên mây, bịt mắt bắt dê… Mỗi lớp được bố trí một khu vực riêng với đồ chơi do giáo "
                "viên và phụ huynh cùng chuẩn bị từ tre, nứa, vải vụn."
            ),
            Img(
                f"{CA8}/keo-co.jpg{Q800}",
                "Các bé lớp Lá 2 tham gia trò chơi kéo co (Ảnh: Thanh Tâm)",
                "Các bé lớp Lá 2 tham gia trò chơi kéo co (Ảnh: Thanh Tâm)",
                "block",
            ),
            P(
                "Không chỉ trẻ, nhiều phụ huynh cũng hào hứng tham gia cùng con, tạo nên không khí "
                "vui tươi, gắn kết giữa nhà trường và gia đình."
            ),
            Img(
                f"{CA8}/o-an-quan.jpg{Q800}",
                "Phụ huynh cùng các bé chơi ô ăn quan (Ảnh: Thanh Tâm)",
                "Phụ huynh cùng các bé chơi ô ăn quan (Ảnh: Thanh Tâm)",
                "block",
            ),
            Img(
                f"{CA8}/z5890126453871_7c1e9f0a2b3d4e5f6a7b8c9d0e1f2a3b.jpg{Q800}",
                "z5890126453871_7c1e9f0a2b3d4e5f6a7b8c9d0e1f2a3b.jpg",
                None,
                "block",
            ),
            P(
                "Theo cô Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường, ngày hội là dịp để trẻ được vận "
                "động, rèn luyện sự khéo léo và tinh thần đồng đội, đồng thời góp phần giữ gìn những "
                "nét đẹp văn hóa truyền thống."
            ),
        ],
        authors=["Thu Trang"],
        photographers=["Thanh Tâm"],
        opts={
            "guid": "cf15266baccc45b89ada9c3ac29f60d6",
            "cid": 1273,
            "date": "03/11/2026",
            "author": "Thu Trang",
            "tags": ["mầm non", "trò chơi dân gian"],
            "related": [(4, False), (11, True)],
            "thumb": f"{CA8}/keo-co.jpg",
        },
    ),
    Story(
        id=9,
        slug="khai-mac-hoi-thi-gvdg-tieu-hoc",
        title="Khai mạc Hội thi Giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-10-27",
        summary=(
            "Sáng 26/10, tại Trường Tiểu học Đinh Bộ Lĩnh, Phòng GD&ĐT thành phố Bảo Lộc khai mạc "
            "Hội thi Giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia Hội thi có 71 giáo viên đến từ 17 trường tiểu học trên địa bàn thành phố, "
                "dự thi ở các lĩnh vực: giáo viên chủ nhiệm lớp, Tiếng Anh, Tin học, Âm nhạc và Mĩ "
                "thuật."
            ),
            P(
                "Hội thi là dịp để giáo viên trao đổi, học tập kinh nghiệm, vận dụng sáng tạo các "
                "phương pháp và kĩ thuật dạy học tích cực theo Chương trình giáo dục phổ thông 2018; "
                "qua đó phát hiện, bồi dưỡng và nhân rộng những điển hình tiên tiến trong đội ngũ nhà "
                "giáo."
            ),
            Img(
                f"{GA}/khai-mac-hoi-thi-gvdg.jpg{Q800}",
                "Các giáo viên tham gia Hội thi tại lễ khai mạc",
                "Các giáo viên tham gia Hội thi tại lễ khai mạc",
                "block",
            ),
            P(
                "Hội thi diễn ra đến hết ngày 07/11/2026. Kết quả sẽ được công bố sau khi Ban giám "
                "khảo hoàn tất việc chấm các tiết dạy thực hành."
            ),
        ],
        authors=["Nguyễn Hữu Phước"],
        source="Báo Lâm Đồng",
        opts={
            "guid": "c40a62d7a8ca4a67b85127f4ac110b28",
            "cid": 1269,
            "date": "27/10/2026",
            "author": "Nguyễn Hữu Phước",
            "source": "Báo Lâm Đồng",
            "tags": ["giáo viên dạy giỏi", "tiểu học"],
            "related": [(5, False), (13, False)],
            "thumb": f"{GA}/khai-mac-hoi-thi-gvdg.jpg",
            "nfd": True,
        },
    ),
    Story(
        id=10,
        slug="dieu-chinh-lich-thi-hsg-lop-9",
        title="Thông báo điều chỉnh thời gian tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố",
        cat="thong-bao",
        published_at="2026-10-22",
        summary=(
            "Phòng GD&ĐT thành phố thông báo điều chỉnh thời gian tổ chức kỳ thi chọn học sinh giỏi "
            "lớp 9 cấp thành phố năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Do trùng lịch với Hội thi Giáo viên dạy giỏi cấp thành phố bậc Tiểu học, kỳ thi chọn "
                "học sinh giỏi lớp 9 cấp thành phố được dời từ ngày 29/10/2026 sang ngày 12/11/2026 "
                "(thứ Năm)."
            ),
            P(
                "Địa điểm thi, môn thi và thời gian làm bài không thay đổi. Thí sinh có mặt tại điểm "
                "thi lúc 6 giờ 45 phút để làm thủ tục dự thi."
            ),
            P(
                "Đề nghị Hiệu trưởng các trường THCS thông báo đến giáo viên, học sinh và cha mẹ học "
                "sinh được biết, thực hiện."
            ),
        ],
        opts={
            "guid": "d865b278186a4e0a800c6d51abe2940b",
            "cid": 1267,
            "date": "22/10/2026",
            "tags": ["học sinh giỏi"],
            "related": [(6, True), (2, False)],
            "links": [
                (
                    "Hội thi Giáo viên dạy giỏi cấp thành phố bậc Tiểu học",
                    "/link/c40a62d7a8ca4a67b85127f4ac110b28.aspx",
                )
            ],
            "named_entities": True,
        },
    ),
    Story(
        id=11,
        slug="mn-son-ca-tuyen-truyen-phong-chong-dich-benh",
        title="Trường Mầm non Sơn Ca tuyên truyền phòng, chống dịch bệnh mùa mưa cho phụ huynh",
        cat="hoat-dong-nganh",
        published_at="2026-10-15",
        blocks=[
            P(
                "Trước diễn biến phức tạp của bệnh sốt xuất huyết, tay chân miệng trong mùa mưa, "
                "Trường Mầm non Sơn Ca đã tổ chức buổi tuyên truyền về phòng, chống dịch bệnh cho hơn "
                "200 phụ huynh vào chiều 13/10."
            ),
            P(
                "Tại buổi tuyên truyền, cán bộ Trạm Y tế Phường 2 hướng dẫn phụ huynh cách nhận biết "
                "các dấu hiệu sớm của bệnh, biện pháp vệ sinh cá nhân, vệ sinh môi trường và diệt "
                "lăng quăng, bọ gậy tại gia đình."
            ),
            Img(
                f"{GA}/mn-son-ca-tuyen-truyen.jpg{Q800}",
                "Cán bộ Trạm Y tế Phường 2 tuyên truyền cho phụ huynh",
                "Cán bộ Trạm Y tế Phường 2 tuyên truyền cho phụ huynh",
                "block",
            ),
            P(
                "Nhà trường cũng đã tổng vệ sinh khuôn viên, khử khuẩn phòng học, đồ dùng, đồ chơi "
                "và duy trì việc theo dõi sức khỏe trẻ hằng ngày."
            ),
            Raw(f"{RIGHT}<em>Tổ Văn phòng - Trường MN Sơn Ca</em></p>"),
        ],
        # (harmonised with the other portals' gold: an office signing alone wrote the post; the
        # school after the dash is where it is, as a person's unit is)
        authors=["Tổ Văn phòng"],
        opts={
            "guid": "1c1d266a47c649cdbd03f2df1e43abb2",
            "cid": 1266,
            "date": "15/10/2026",
            "tags": ["mầm non", "phòng chống dịch bệnh"],
            "related": [(8, False), (4, False)],
            "thumb": f"{GA}/mn-son-ca-tuyen-truyen.jpg",
        },
    ),
    Story(
        id=12,
        slug="huong-dan-ke-hoach-giao-duc-nha-truong-tieu-hoc",
        title="Hướng dẫn xây dựng kế hoạch giáo dục nhà trường cấp Tiểu học năm học 2026 - 2027",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-10-08",
        summary=(
            "Ngày 10/9/2026, Phòng GD&ĐT ban hành Công văn số 185/PGDĐT-TH hướng dẫn các trường "
            "tiểu học xây dựng kế hoạch giáo dục nhà trường năm học 2026 - 2027. Bài viết tóm tắt "
            "những điểm chính của hướng dẫn."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Nguyên tắc xây dựng kế hoạch", "h2"),
            P(
                "Kế hoạch giáo dục nhà trường được xây dựng trên cơ sở Chương trình giáo dục phổ "
                "thông 2018, bảo đảm thực hiện đầy đủ các môn học và hoạt động giáo dục bắt buộc, phù "
                "hợp với điều kiện thực tế của nhà trường và địa phương."
            ),
            P("Bảo đảm tính khả thi, phù hợp với đội ngũ và cơ sở vật chất hiện có;", "li"),
            P("Tổ chức dạy học 2 buổi/ngày, không quá 7 tiết/ngày và 35 tiết/tuần;", "li"),
            P(
                "Phát huy vai trò tự chủ của tổ chuyên môn và giáo viên trong điều chỉnh nội dung, "
                "thời lượng.",
                "li",
            ),
            P("2. Thời lượng các môn học bắt buộc (tiết/tuần)", "h2"),
            P("Môn học/Hoạt động giáo dục | Lớp 1 | Lớp 2 | Lớp 3 | Lớp 4 | Lớp 5", "th"),
            P("Tiếng Việt | 12 | 10 | 7 | 7 | 7", "tr"),
            P("Toán | 3 | 5 | 5 | 5 | 5", "tr"),
            P("Đạo đức | 1 | 1 | 1 | 1 | 1", "tr"),
            P("Tự nhiên và Xã hội | 2 | 2 | 2 | - | -", "tr"),
            P("Khoa học | - | - | - | 2 | 2", "tr"),
            P("Lịch sử và Địa lí | - | - | - | 2 | 2", "tr"),
            P("Ngoại ngữ 1 (Tiếng Anh) | - | - | 4 | 4 | 4", "tr"),
            P("Tin học và Công nghệ | - | - | 2 | 2 | 2", "tr"),
            P("Hoạt động trải nghiệm | 3 | 3 | 3 | 3 | 3", "tr"),
            Img(f"{GA}/so-do-ke-hoach-giao-duc-nha-truong.png", None, None, "tiny"),
            P("3. Tổ chức thực hiện", "h2"),
            P(
                "Hiệu trưởng các trường hoàn thành kế hoạch giáo dục nhà trường, thông qua Hội đồng "
                "trường và gửi về Phòng GD&ĐT (qua bộ phận Tiểu học) trước ngày 30/9/2026 để phê "
                "duyệt. Toàn văn Công văn số 185/PGDĐT-TH xem tại mục Văn bản."
            ),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các trường liên hệ bộ phận Tiểu học, "
                "Phòng GD&ĐT (điện thoại: 0263 3864 127) để được hướng dẫn."
            ),
        ],
        authors=["Đặng Thị Ngọc Lan"],
        opts={
            "guid": "85ade99e6d6d4763a26a9ef2eb3c03d2",
            "cid": 1262,
            "date": "08/10/2026",
            "author": "ThS. Đặng Thị Ngọc Lan, Phó Trưởng phòng",
            "tags": ["kế hoạch giáo dục", "tiểu học"],
            "related": [(3, True), (7, False)],
            "links": [("mục Văn bản", "/link/4018edf9c08d424f9eedd58950469ee3.aspx")],
            "thumb": f"{GA}/so-do-ke-hoach-giao-duc-nha-truong.png",
            "en": "guidance-on-school-education-plans-for-primary-schools-2026-2027",
        },
    ),
    Story(
        id=13,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-09-30",
        summary=(
            "Chiều 28/9, Phòng GD&ĐT thành phố tổ chức Hội nghị tổng kết năm học 2025 - 2026 và "
            "triển khai nhiệm vụ năm học 2026 - 2027 cho hiệu trưởng các trường mầm non, tiểu học, "
            "THCS trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, ngành giáo dục thành phố tiếp tục duy trì tỷ lệ huy động trẻ 5 "
                "tuổi ra lớp đạt 100%; 100% trường tiểu học tổ chức dạy học 2 buổi/ngày; tỷ lệ trường "
                "đạt chuẩn quốc gia đạt 78,4%."
            ),
            Img(
                f"{CA13}/hoi-nghi-trien-khai.jpg{Q800}",
                "Quang cảnh Hội nghị",
                "Quang cảnh Hội nghị",
                "block",
            ),
            P(
                "Năm học 2026 - 2027, Phòng GD&ĐT xác định 5 nhiệm vụ trọng tâm, trong đó tập trung "
                "thực hiện hiệu quả Chương trình giáo dục phổ thông 2018, đẩy mạnh chuyển đổi số trong "
                "quản lý và dạy học, nâng cao chất lượng giáo dục mũi nhọn và giáo dục kỹ năng sống "
                "cho học sinh."
            ),
            Img(
                f"{CA13}/ky-ket-giao-uoc-thi-dua.jpg{Q800}",
                "Hiệu trưởng các trường ký kết giao ước thi đua năm học mới",
                "Hiệu trưởng các trường ký kết giao ước thi đua năm học mới",
                "block",
            ),
            P(
                "Tại Hội nghị, hiệu trưởng các trường đã ký kết giao ước thi đua, quyết tâm hoàn "
                "thành tốt nhiệm vụ năm học mới."
            ),
        ],
        authors=["Bảo Ngọc"],
        photographers=["Đức Huy"],
        source="Cổng Thông tin điện tử thành phố Bảo Lộc",
        opts={
            "guid": "5a70936562544782aa81303fdccd1bcc",
            "cid": 1265,
            "date": "30/09/2026",
            "updated": "02/10/2026",
            "author": "Bảo Ngọc (Ảnh: Đức Huy)",
            "source": "Cổng Thông tin điện tử thành phố Bảo Lộc",
            "tags": ["nhiệm vụ năm học"],
            "related": [(1, False), (9, False)],
            "thumb": f"{CA13}/hoi-nghi-trien-khai.jpg",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_GUID = {s.opts["guid"]: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)


def friendly(story: Story) -> str:
    return f"/vi/tin-tuc/{story.cat}/{story.slug}/"


def permalink(story: Story, lang: bool = False) -> str:
    return f"/link/{story.opts['guid']}.aspx" + ("?epslanguage=vi" if lang else "")


# --- the English branch (translations of 1 and 12: not articles of this portal) ------------

EN_ARTICLES = {
    "86-outstanding-teachers-honoured-on-vietnamese-teachers-day": {
        "of": 1,
        "title": "86 outstanding teachers honoured on Vietnamese Teachers' Day",
        "date": "20/11/2026",
        "intro": (
            "On 19 November, the Bao Loc City Department of Education and Training held a "
            "ceremony marking the 44th anniversary of Vietnamese Teachers' Day and honoured 86 "
            "outstanding teachers of the 2025-2026 school year."
        ),
        "body": [
            "The ceremony was attended by the Vice Chairman of the City People's Committee and "
            "more than 300 school leaders, teachers and staff.",
            "In the 2025-2026 school year, 98.6% of primary pupils completed the primary programme "
            "and 42 pupils won prizes in the provincial excellent student contest.",
            "The Chairman of the City People's Committee awarded certificates of merit to 86 "
            "teachers and 12 schools.",
        ],
        "image": f"{CA1}/le-ky-niem-20-11.jpg{Q800}",
        "author": "Ngoc Han",
    },
    "guidance-on-school-education-plans-for-primary-schools-2026-2027": {
        "of": 12,
        "title": "Guidance on school education plans for primary schools, 2026-2027",
        "date": "08/10/2026",
        "intro": (
            "On 10 September 2026 the Department issued guidance for primary schools on drawing "
            "up their school education plans for the 2026-2027 school year."
        ),
        "body": [
            "Plans follow the 2018 General Education Programme and must cover every compulsory "
            "subject and educational activity.",
            "Schools teach two sessions a day, with no more than 7 periods a day and 35 periods a "
            "week.",
            "Principals submit their plans to the Department before 30 September 2026 for "
            "approval.",
        ],
        "image": None,
        "author": "Dang Thi Ngoc Lan",
    },
}
EN_BY_ID = {v["of"]: slug for slug, v in EN_ARTICLES.items()}


# --- the document library --------------------------------------------------------------------

DOCUMENTS = [
    (
        "245/KH-UBND",
        "02/11/2026",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp thành phố năm học 2026 - 2027",
        "kh-245-ubnd-hkpd.pdf",
        "215 KB",
    ),
    (
        "1062/PGDĐT-THCS",
        "20/10/2026",
        "V/v điều chỉnh thời gian tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố",
        "cv-1062-pgddt-thcs.pdf",
        "128 KB",
    ),
    (
        "198/KH-PGDĐT",
        "15/09/2026",
        "Kế hoạch tổ chức Hội thi Giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026 - 2027",
        "kh-198-pgddt-gvdg.pdf",
        "342 KB",
    ),
    (
        "185/PGDĐT-TH",
        "10/09/2026",
        "Hướng dẫn xây dựng kế hoạch giáo dục nhà trường cấp Tiểu học năm học 2026 - 2027",
        "cv-185-pgddt-th.pdf",
        "410 KB",
    ),
    (
        "172/KH-PGDĐT",
        "28/08/2026",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "kh-172-pgddt-nhiem-vu-nam-hoc.pdf",
        "506 KB",
    ),
    (
        "3089/BGDĐT-GDTrH",
        "14/08/2020",
        "V/v triển khai thực hiện giáo dục STEM trong giáo dục trung học",
        "cv-3089-bgddt-gdtrh.pdf",
        "260 KB",
    ),
    (
        "32/2020/TT-BGDĐT",
        "15/09/2020",
        "Thông tư ban hành Điều lệ trường THCS, trường THPT và trường phổ thông có nhiều cấp học",
        "tt-32-2020-tt-bgddt.pdf",
        "1,2 MB",
    ),
]
DOC_DIR = "/globalassets/van-ban/2026/"


# --- the work calendar -----------------------------------------------------------------------

CALENDAR = {
    (2026, 47): [
        (
            "Thứ Hai 16/11",
            "Sáng",
            "Giao ban lãnh đạo Phòng",
            "Trưởng phòng",
            "Phòng họp Phòng GD&ĐT",
        ),
        (
            "Thứ Năm 19/11",
            "Sáng",
            "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
            "Trưởng phòng",
            "Hội trường UBND thành phố",
        ),
        (
            "Thứ Sáu 20/11",
            "Cả ngày",
            "Thăm, chúc mừng các trường nhân ngày 20/11",
            "Lãnh đạo Phòng",
            "Các trường",
        ),
    ],
    (2026, 48): [
        (
            "Thứ Hai 23/11",
            "Sáng",
            "Giao ban lãnh đạo Phòng",
            "Trưởng phòng",
            "Phòng họp Phòng GD&ĐT",
        ),
        (
            "Thứ Ba 24/11",
            "Chiều",
            "Kiểm tra công tác bán trú Trường MN Hoa Sen",
            "Phó Trưởng phòng Đặng Thị Ngọc Lan",
            "Trường MN Hoa Sen",
        ),
        (
            "Thứ Năm 26/11",
            "Sáng",
            "Họp Ban tổ chức Hội khỏe Phù Đổng cấp thành phố",
            "Trưởng phòng",
            "Phòng họp Phòng GD&ĐT",
        ),
        (
            "Thứ Sáu 27/11",
            "Sáng",
            "Dự giờ chuyên đề Tiếng Anh lớp 3",
            "Bộ phận Tiểu học",
            "Trường TH Lộc Phát",
        ),
    ],
}
CURRENT_WEEK = (2026, 48)


# --- markup helpers --------------------------------------------------------------------------

_RAZOR = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "+": "&#x2B;"}


def rz(value: str) -> str:
    """A string as Razor's default HtmlEncoder prints it: every non-ASCII character as ``&#xHEX;``."""
    out = []
    for ch in value:
        if ch in _RAZOR:
            out.append(_RAZOR[ch])
        elif ord(ch) > 126:
            out.append(f"&#x{ord(ch):X};")
        else:
            out.append(ch)
    return "".join(out)


def xt(story: Story, value: str) -> str:
    """Text inside the XHTML property as this story was saved (raw, decomposed or TinyMCE-named)."""
    s = unicodedata.normalize("NFD", value) if story.opts.get("nfd") else value
    s = _html.escape(s, quote=False)
    if story.opts.get("named_entities"):
        s = "".join(
            f"&{codepoint2name[ord(c)]};" if ord(c) >= 160 and ord(c) in codepoint2name else c
            for c in s
        )
    return s


def str_prop(story: Story, value: str) -> str:
    """A string property (title, intro): decomposed when the editor pasted it so, then Razor."""
    return rz(unicodedata.normalize("NFD", value) if story.opts.get("nfd") else value)


def inline(story: Story, value: str) -> str:
    out = xt(story, value)
    for phrase in story.opts.get("strong", []):
        shown = xt(story, phrase)
        if out.startswith(shown):
            out = f"<strong>{shown}</strong>" + out[len(shown) :]
    for anchor, href in story.opts.get("links", []):
        shown = xt(story, anchor)
        if shown in out:
            out = out.replace(shown, f'<a href="{_html.escape(href)}">{shown}</a>', 1)
    return out


def render_img(story: Story, img: Img) -> str:
    src = _html.escape(img.src)
    if img.style == "tiny":
        out = (
            f'<p style="text-align: center;"><img src="{src}" alt="" width="800" height="533" />'
            "</p>"
        )
        if img.printed:
            out += f'\n<p style="text-align: center;"><em>{xt(story, img.printed)}</em></p>'
        return out
    alt = rz(img.printed) if img.printed else ""
    cap = (
        f'\n<figcaption class="figure-caption text-center">{rz(img.printed)}</figcaption>'
        if img.printed
        else ""
    )
    return (
        '<div class="block imageblock col-12"><figure class="figure w-100">\n'
        f'<img class="figure-img img-fluid" src="{src}" alt="{alt}" loading="lazy" width="800"'
        f' height="533" />{cap}\n</figure></div>'
    )


def render_table(story: Story, rows: list[P]) -> str:
    head, body = [], []
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            head.append("<tr>" + "".join(f"<th>{xt(story, c)}</th>" for c in cells) + "</tr>")
        elif row.style == "tr2":
            first = (
                f'<td colspan="2" style="text-align: center;"><strong>{xt(story, cells[0])}'
                "</strong></td>"
            )
            rest = "".join(f"<td><strong>{xt(story, c)}</strong></td>" for c in cells[1:])
            body.append(f"<tr>{first}{rest}</tr>")
        else:
            body.append("<tr>" + "".join(f"<td>{xt(story, c)}</td>" for c in cells) + "</tr>")
    return (
        '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;">\n'
        + (f"<thead>\n{chr(10).join(head)}\n</thead>\n" if head else "")
        + f"<tbody>\n{chr(10).join(body)}\n</tbody>\n</table>"
    )


def render_body(story: Story) -> str:
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            parts.append(block.html)
        elif isinstance(block, Img):
            parts.append(render_img(story, block))
        elif block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{inline(story, blocks[i].text)}</li>")
                i += 1
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif block.style in ("th", "tr", "tr2"):
            rows = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and blocks[i].style in ("th", "tr", "tr2")
            ):
                rows.append(blocks[i])
                i += 1
            parts.append(render_table(story, rows))
            continue
        elif block.style == "quote":
            by = blocks[i + 1]
            assert isinstance(by, P) and by.style == "quote-by"
            name, _, role = by.text.partition(", ")
            parts.append(
                '<div class="block quoteblock col-12"><figure class="quote">\n'
                f'<blockquote class="blockquote"><p>{rz(block.text)}</p></blockquote>\n'
                f'<figcaption class="blockquote-footer">{rz(name)}, <cite title="{rz(role)}">'
                f"{rz(role)}</cite></figcaption>\n</figure></div>"
            )
            i += 2
            continue
        elif block.style == "h2":
            parts.append(f"<h2>{inline(story, block.text)}</h2>")
        else:
            parts.append(f"<p>{inline(story, block.text)}</p>")
        i += 1
    return "\n".join(parts)


def thumb(story: Story) -> str:
    return _html.escape(story.opts.get("thumb", NO_IMAGE) + "?width=400&quality=70")


# --- layout ----------------------------------------------------------------------------------


def mega_menu() -> str:
    cols = []
    for slug, name in CATS.items():
        items = [s for s in NEWEST if s.cat == slug][:2]
        links = "".join(
            f'<li><a class="dropdown-item text-wrap" href="{friendly(s)}">{str_prop(s, s.title)}</a></li>'
            for s in items
        )
        cols.append(
            f'<div class="col-md-4"><h6 class="mega-menu__heading"><a href="/vi/tin-tuc/{slug}/">'
            f'{rz(name)}</a></h6><ul class="list-unstyled">{links}</ul></div>'
        )
    return f"""<nav class="navbar navbar-expand-lg navbar-dark bg-primary mega-menu" aria-label="Menu chính">
<div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainMenu" aria-controls="mainMenu" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainMenu">
<ul class="navbar-nav me-auto">
<li class="nav-item"><a class="nav-link" href="/vi/">{rz("Trang chủ")}</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/vi/gioi-thieu/" role="button" data-bs-toggle="dropdown">{rz("Giới thiệu")}</a>
<ul class="dropdown-menu">
<li><a class="dropdown-item" href="/vi/gioi-thieu/">{rz("Giới thiệu chung")}</a></li>
<li><a class="dropdown-item" href="/vi/gioi-thieu/#co-cau-to-chuc">{rz("Cơ cấu tổ chức")}</a></li>
<li><a class="dropdown-item" href="/vi/gioi-thieu/#chuc-nang-nhiem-vu">{rz("Chức năng, nhiệm vụ")}</a></li>
</ul></li>
<li class="nav-item dropdown position-static"><a class="nav-link dropdown-toggle" href="/vi/tin-tuc/" role="button" data-bs-toggle="dropdown">{rz("Tin tức")}</a>
<div class="dropdown-menu w-100 mega-menu__panel"><div class="container"><div class="row">
{"".join(cols)}
</div></div></div></li>
<li class="nav-item"><a class="nav-link" href="/vi/van-ban/">{rz("Văn bản")}</a></li>
<li class="nav-item"><a class="nav-link" href="/vi/lich-cong-tac/">{rz("Lịch công tác")}</a></li>
<li class="nav-item"><a class="nav-link" href="/vi/lien-he/">{rz("Liên hệ")}</a></li>
</ul>
</div>
</div>
</nav>"""


def aside() -> str:
    latest = "\n".join(
        f'<li class="mb-2"><a href="{friendly(s)}">{str_prop(s, s.title)}</a> '
        f'<span class="text-muted small">({s.opts["date"]})</span></li>'
        for s in NEWEST[:5]
    )
    docs = "\n".join(
        f'<li class="mb-2"><a href="{DOC_DIR}{f}" target="_blank">{rz(no)}</a>: {rz(title)}</li>'
        for no, _d, title, f, _size in DOCUMENTS[:3]
    )
    return f"""<aside class="col-lg-4 sidebar">
<div class="sidebar-box latest-news mb-4">
<h2 class="sidebar-box__title h5">Tin mới</h2>
<ul class="list-unstyled">
{latest}
</ul>
</div>
<div class="sidebar-box new-documents mb-4">
<h2 class="sidebar-box__title h5">Văn bản mới</h2>
<ul class="list-unstyled small">
{docs}
</ul>
<a class="small" href="/vi/van-ban/">Xem tất cả »</a>
</div>
<div class="sidebar-box banners mb-4">
<a href="https://dichvucong.lamdong.gov.vn" target="_blank" rel="noopener"><img class="img-fluid mb-2" src="/globalassets/banner/dich-vu-cong-truc-tuyen.jpg?width=360" alt="{rz("Dịch vụ công trực tuyến")}" /></a>
<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img class="img-fluid mb-2" src="/globalassets/banner/csdl-nganh.png?width=360" alt="{rz("Cơ sở dữ liệu ngành")}" /></a>
</div>
<div class="sidebar-box web-links mb-4">
<h2 class="sidebar-box__title h5">Liên kết website</h2>
<select class="form-select" onchange="if (this.value) window.open(this.value, '_blank');" aria-label="Liên kết website">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.lamdong.gov.vn">Sở GD&amp;ĐT tỉnh Lâm Đồng</option>
<option value="https://baoloc.lamdong.gov.vn">Cổng TTĐT thành phố Bảo Lộc</option>
<option value="https://lamdong.gov.vn">Cổng TTĐT tỉnh Lâm Đồng</option>
</select>
</div>
</aside>"""


def layout(
    request: Request,
    *,
    title: str,
    main: str,
    canonical: str | None,
    crumbs: list[tuple[str, str | None]] | None = None,
    en_url: str = "/en/",
    hreflang_en: str | None = None,
    head_extra: str = "",
    body_class: str = "",
    side: bool = True,
) -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    if hreflang_en and canonical:
        canon += (
            f'<link rel="alternate" hreflang="vi" href="{base}{canonical}" />\n'
            f'<link rel="alternate" hreflang="en" href="{base}{hreflang_en}" />\n'
        )
    crumb_html = ""
    if crumbs:
        items = []
        for label, href in crumbs:
            if href:
                items.append(f'<li class="breadcrumb-item"><a href="{href}">{rz(label)}</a></li>')
            else:
                items.append(
                    f'<li class="breadcrumb-item active" aria-current="page">{rz(label)}</li>'
                )
        crumb_html = (
            '<div class="breadcrumb-block bg-light py-2"><div class="container">'
            '<nav aria-label="breadcrumb"><ol class="breadcrumb mb-0">'
            + "".join(items)
            + "</ol></nav></div></div>"
        )
    ret = quote(request.target, safe="")
    content = (
        f'<div class="row">\n<div class="col-lg-8">\n{main}\n</div>\n{aside()}\n</div>'
        if side
        else main
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{rz(title)} | {rz(SITE_SHORT)}</title>
{canon}{head_extra}<link rel="icon" href="/favicon.ico" />
<link rel="stylesheet" href="/dist/css/bootstrap.min.css?v=5.3.3" />
<link rel="stylesheet" href="/dist/css/site.min.css?v=12.4.1" />
</head>
<body class="{body_class}">
<a class="visually-hidden-focusable" href="#main-content">Chuyển đến nội dung chính</a>
<header class="site-header">
<div class="topbar bg-primary-subtle small py-1">
<div class="container d-flex justify-content-between align-items-center">
<span class="topbar__date"><i class="bi bi-calendar3"></i> {rz(TODAY)}</span>
<span class="topbar__hotline">Đường dây nóng: 0263 3864 125</span>
<ul class="language-selector list-inline mb-0">
<li class="list-inline-item active"><a href="/vi/" lang="vi">{rz("Tiếng Việt")}</a></li>
<li class="list-inline-item"><a href="{en_url}" lang="en">English</a></li>
</ul>
</div>
</div>
<div class="brand container d-flex align-items-center py-3">
<a class="brand__logo me-3" href="/vi/"><img src="/globalassets/logo/logo-pgddt-bao-loc.png" alt="Logo" height="80" /></a>
<div class="brand__text">
<p class="brand__unit mb-0">UBND THÀNH PHỐ BẢO LỘC</p>
<p class="brand__name h3 mb-0">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p>
</div>
<form class="site-search ms-auto d-flex" action="/vi/tim-kiem/" method="get" role="search">
<input class="form-control" type="search" name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm" />
<button class="btn btn-primary" type="submit" aria-label="Tìm"><i class="bi bi-search"></i></button>
</form>
</div>
{mega_menu()}
</header>
{crumb_html}
<main id="main-content" class="container py-4">
{content}
</main>
<footer class="site-footer bg-dark text-light pt-4 mt-4">
<div class="container">
<div class="row">
<div class="col-md-6">
<p class="fw-bold">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ BẢO LỘC</p>
<p>Cơ quan chủ quản: UBND thành phố Bảo Lộc</p>
<p>Địa chỉ: Số 3 Hồ Tùng Mậu, Phường 1, thành phố Bảo Lộc, tỉnh Lâm Đồng</p>
<p>Điện thoại: (0263) 3864 125 - Email: pgddt@baoloc.edu.vn</p>
<p>Chịu trách nhiệm chính: Bà Lê Thị Mỹ Hạnh - Trưởng phòng</p>
</div>
<div class="col-md-3">
<p class="fw-bold">Thống kê truy cập</p>
<ul class="list-unstyled visitor-counter">
<li>Đang truy cập: <span>23</span></li>
<li>Hôm nay: <span>418</span></li>
<li>Tổng lượt truy cập: <span>1.254.873</span></li>
</ul>
</div>
<div class="col-md-3">
<p>Thiết kế và vận hành: Trung tâm Công nghệ thông tin thành phố</p>
<p class="small"><a class="link-light" href="/util/login?ReturnUrl={ret}" rel="nofollow">Đăng nhập</a> | <a class="link-light" href="/episerver/cms" rel="nofollow">Quản trị</a></p>
</div>
</div>
<p class="text-center small border-top border-secondary pt-2 mb-0 pb-3">© 2026 Phòng Giáo dục và Đào tạo thành phố Bảo Lộc. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
</footer>
<script src="/dist/js/bootstrap.bundle.min.js?v=5.3.3"></script>
<script src="/dist/js/site.min.js?v=12.4.1"></script>
<script src="https://sp.zalo.me/plugins/sdk.js" async></script>
</body>
</html>"""


# --- pages -----------------------------------------------------------------------------------


def article_page(request: Request, story: Story) -> Response:
    o = story.opts
    path = friendly(story)
    abs_url = base_url(request) + path
    date_line = f"Ngày đăng: {o['date']}"
    if o.get("updated"):
        date_line += f" | Cập nhật: {o['updated']}"
    date_line += f" | Lượt xem: {story.views()}"
    intro = (
        f'<div class="article-page__intro lead fw-bold mb-3">{str_prop(story, story.summary)}</div>\n'
        if story.summary
        else ""
    )
    author_lines = []
    if o.get("author"):
        author_lines.append(
            f'<p class="mb-1"><span class="fw-semibold">Tác giả:</span> {rz(o["author"])}</p>'
        )
    if o.get("source"):
        author_lines.append(
            f'<p class="mb-1"><span class="fw-semibold">Nguồn:</span> {rz(o["source"])}</p>'
        )
    author = (
        '<div class="article-page__author text-end mt-3">\n'
        + "\n".join(author_lines)
        + "\n</div>\n"
        if author_lines
        else ""
    )
    tags = " ".join(
        f'<a class="badge text-bg-light" href="/vi/tim-kiem/?q={quote_plus(t)}">{rz(t)}</a>'
        for t in o.get("tags", [])
    )
    teasers = []
    for rid, lang in o.get("related", []):
        r = BY_ID[rid]
        href = _html.escape(permalink(r, lang))
        teasers.append(
            '<div class="block teaserblock col-md-4 mb-3"><div class="card h-100">\n'
            f'<a href="{href}"><img class="card-img-top" src="{thumb(r)}" alt="" /></a>\n'
            f'<div class="card-body"><h3 class="card-title h6"><a href="{href}">{str_prop(r, r.title)}</a>'
            f'</h3><p class="card-text small text-muted">{r.opts["date"]}</p></div>\n</div></div>'
        )
    related = (
        '<section class="contentarea related-news mt-4">\n'
        '<h2 class="contentarea__heading h5 border-bottom pb-2">Tin liên quan</h2>\n'
        '<div class="row">\n' + "\n".join(teasers) + "\n</div>\n</section>"
    )
    mail = quote(story.title) + "&body=" + quote(abs_url)
    main = f"""<article class="article-page">
<h1 class="article-page__title h2">{str_prop(story, story.title)}</h1>
<p class="article-page__date text-muted small"><i class="bi bi-clock"></i> {date_line}</p>
{intro}<div class="article-page__body">
{render_body(story)}
</div>
{author}<div class="article-page__tags mt-3 small">Từ khóa: {tags}</div>
<div class="article-page__share d-flex gap-2 align-items-center mt-3">
<span class="small">Chia sẻ:</span>
<a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(abs_url, safe="")}" target="_blank" rel="noopener">Facebook</a>
<div class="zalo-share-button" data-href="{abs_url}" data-oaid="2874513029385739402" data-layout="2" data-color="blue" data-customize="false"></div>
<a class="btn btn-sm btn-outline-secondary" href="javascript:window.print();">In bài</a>
<a class="btn btn-sm btn-outline-secondary" href="mailto:?subject={mail}">Gửi email</a>
</div>
</article>
{related}"""
    en_slug = o.get("en")
    en_url = f"/en/news/{en_slug}/" if en_slug else "/en/"
    og = (
        f'<meta property="og:title" content="{str_prop(story, story.title)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{abs_url}" />\n'
        f'<meta property="og:image" content="{base_url(request)}'
        f'{_html.escape(o.get("thumb", NO_IMAGE) + "?width=1200&quality=80")}" />\n'
    )
    if story.summary:
        og = f'<meta name="description" content="{str_prop(story, story.summary)}" />\n' + og
    page = layout(
        request,
        title=story.title,
        main=main,
        canonical=path,
        crumbs=[
            ("Trang chủ", "/vi/"),
            ("Tin tức", "/vi/tin-tuc/"),
            (CATS[story.cat], f"/vi/tin-tuc/{story.cat}/"),
            (story.title, None),
        ],
        en_url=en_url,
        hreflang_en=en_url if en_slug else None,
        head_extra=og,
        body_class="page-article",
    )
    return html(page)


def news_item(story: Story) -> str:
    teaser = (
        f'<p class="news-list__teaser mb-0">{str_prop(story, story.summary)}</p>'
        if story.summary
        else ""
    )
    return f"""<div class="news-list__item row g-3 mb-3 pb-3 border-bottom">
<div class="col-sm-4"><a href="{friendly(story)}"><img class="img-fluid rounded" src="{thumb(story)}" alt="{str_prop(story, story.title)}" /></a></div>
<div class="col-sm-8">
<h3 class="news-list__title h5"><a href="{friendly(story)}">{str_prop(story, story.title)}</a></h3>
<p class="news-list__date text-muted small mb-1"><i class="bi bi-calendar3"></i> {story.opts["date"]}</p>
{teaser}
</div>
</div>"""


def pager(page: int, total: int, href) -> str:
    """Find's pager: "Trước", the numbers, "Sau"; no clamp, so an empty page still shows it."""
    pages = max(1, -(-total // PAGE_SIZE))
    if pages == 1 and page == 1:
        return ""
    items = []
    if page > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{href(page - 1)}">Trước</a></li>'
        )
    else:
        items.append('<li class="page-item disabled"><span class="page-link">Trước</span></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(
                f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(n)}">{n}</a></li>'
            )
    if page < pages:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{href(page + 1)}">Sau</a></li>'
        )
    else:
        items.append('<li class="page-item disabled"><span class="page-link">Sau</span></li>')
    return (
        '<nav aria-label="Phân trang"><ul class="pagination justify-content-center">'
        + "".join(items)
        + "</ul></nav>"
    )


def page_number(value: str | None) -> int:
    return int(value) if value and value.isdigit() and int(value) >= 1 else 1


def category_page(request: Request, slug: str) -> Response:
    page = page_number(request.params.get("p"))
    items = [s for s in NEWEST if s.cat == slug]
    shown = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    listing = (
        "\n".join(news_item(s) for s in shown)
        if shown
        else '<p class="news-list__empty alert alert-info">Không có bài viết nào.</p>'
    )
    base = f"/vi/tin-tuc/{slug}/"
    main = f"""<div class="news-list-page">
<h1 class="page-title h3 border-bottom pb-2 mb-3">{rz(CATS[slug])}</h1>
<div class="news-list">
{listing}
</div>
{pager(page, len(items), lambda n: f"{base}?p={n}")}
</div>"""
    crumbs = [("Trang chủ", "/vi/"), ("Tin tức", "/vi/tin-tuc/"), (CATS[slug], None)]
    return html(layout(request, title=CATS[slug], main=main, canonical=base, crumbs=crumbs))


def card(story: Story) -> str:
    return f"""<div class="col-md-4 mb-3"><div class="card h-100 news-card">
<a href="{friendly(story)}"><img class="card-img-top" src="{thumb(story)}" alt="" /></a>
<div class="card-body">
<p class="small text-uppercase text-primary mb-1">{rz(CATS[story.cat])}</p>
<h3 class="card-title h6"><a href="{friendly(story)}">{str_prop(story, story.title)}</a></h3>
<p class="card-text small text-muted">{story.opts["date"]}</p>
</div></div></div>"""


def news_root(request: Request) -> Response:
    cats = " ".join(
        f'<a class="btn btn-outline-primary btn-sm me-2" href="/vi/tin-tuc/{slug}/">{rz(name)}</a>'
        for slug, name in CATS.items()
    )
    main = f"""<div class="news-root-page">
<h1 class="page-title h3 border-bottom pb-2 mb-3">{rz("Tin tức")}</h1>
<div class="mb-3">{cats}</div>
<div class="row">
{"".join(card(s) for s in NEWEST[:6])}
</div>
</div>"""
    crumbs = [("Trang chủ", "/vi/"), ("Tin tức", None)]
    return html(
        layout(request, title="Tin tức", main=main, canonical="/vi/tin-tuc/", crumbs=crumbs)
    )


FEATURED = [1, 4, 3]


def home(request: Request) -> Response:
    slides = []
    for n, sid in enumerate(FEATURED):
        s = BY_ID[sid]
        active = " active" if n == 0 else ""
        big = _html.escape(s.opts.get("thumb", NO_IMAGE) + "?width=1200&quality=80")
        slides.append(
            f'<div class="carousel-item{active}"><a href="{friendly(s)}"><img class="d-block w-100" '
            f'src="{big}" alt="" /></a><div class="carousel-caption"><h2 class="h5">'
            f'<a class="text-white" href="{friendly(s)}">{str_prop(s, s.title)}</a></h2></div></div>'
        )
    sections = []
    for slug, count in (("hoat-dong-nganh", 4), ("chuyen-mon-nghiep-vu", 3), ("thong-bao", 3)):
        items = [s for s in NEWEST if s.cat == slug][:count]
        lis = "\n".join(
            f'<li class="mb-2"><a href="{friendly(s)}">{str_prop(s, s.title)}</a> '
            f'<span class="small text-muted">{s.opts["date"]}</span></li>'
            for s in items
        )
        sections.append(
            f'<section class="home-block mb-4"><h2 class="home-block__title h5 border-bottom pb-2">'
            f'<a href="/vi/tin-tuc/{slug}/">{rz(CATS[slug])}</a></h2>\n'
            f'<ul class="list-unstyled">\n{lis}\n</ul>\n'
            f'<a class="small" href="/vi/tin-tuc/{slug}/">Xem tất cả »</a></section>'
        )
    main = f"""<div id="homeCarousel" class="carousel slide mb-4" data-bs-ride="carousel">
<div class="carousel-inner">
{"".join(slides)}
</div>
<button class="carousel-control-prev" type="button" data-bs-target="#homeCarousel" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
<button class="carousel-control-next" type="button" data-bs-target="#homeCarousel" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button>
</div>
{"".join(sections)}"""
    return html(
        layout(request, title="Trang chủ", main=main, canonical="/vi/", body_class="page-start")
    )


def intro_page(request: Request) -> Response:
    main = """<div class="standard-page">
<h1 class="h3 border-bottom pb-2 mb-3">Giới thiệu chung</h1>
<div class="standard-page__body">
<p>Phòng Giáo dục và Đào tạo thành phố Bảo Lộc là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, tham mưu, giúp UBND thành phố thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>
<h2 id="chuc-nang-nhiem-vu" class="h5">Chức năng, nhiệm vụ</h2>
<p>Phòng quản lý các trường mầm non, tiểu học và trung học cơ sở công lập và ngoài công lập trên địa bàn thành phố; hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục; tổ chức bồi dưỡng đội ngũ cán bộ quản lý, giáo viên.</p>
<h2 id="co-cau-to-chuc" class="h5">Cơ cấu tổ chức</h2>
<table class="table table-bordered">
<tbody>
<tr><td>Trưởng phòng</td><td>Bà Lê Thị Mỹ Hạnh</td><td>0263 3864 125</td></tr>
<tr><td>Phó Trưởng phòng</td><td>Bà Đặng Thị Ngọc Lan</td><td>0263 3864 127</td></tr>
<tr><td>Phó Trưởng phòng</td><td>Ông Võ Thành Nam</td><td>0263 3864 128</td></tr>
</tbody>
</table>
<p>Phòng có 14 công chức, phụ trách 24 trường mầm non, 21 trường tiểu học và 13 trường trung học cơ sở.</p>
</div>
</div>"""
    crumbs = [("Trang chủ", "/vi/"), ("Giới thiệu", None)]
    return html(
        layout(request, title="Giới thiệu", main=main, canonical="/vi/gioi-thieu/", crumbs=crumbs)
    )


def contact_page(request: Request) -> Response:
    sent = (
        '<div class="alert alert-success">Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi sớm.</div>'
        if request.method == "POST"
        else ""
    )
    main = f"""<div class="standard-page contact-page">
<h1 class="h3 border-bottom pb-2 mb-3">Liên hệ</h1>
{sent}
<p>Địa chỉ: Số 3 Hồ Tùng Mậu, Phường 1, thành phố Bảo Lộc, tỉnh Lâm Đồng</p>
<p>Điện thoại: (0263) 3864 125 - Email: pgddt@baoloc.edu.vn</p>
<form method="post" action="/vi/lien-he/" class="row g-3">
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8N3kq2aZpQ1Hn0xYw7tVbLrM4sE9uFgKjD6cW5oPiA8yTzRvXhB2lNmQeOs" />
<div class="col-md-6"><label class="form-label" for="HoTen">Họ và tên</label><input class="form-control" id="HoTen" name="HoTen" /></div>
<div class="col-md-6"><label class="form-label" for="Email">Email</label><input class="form-control" id="Email" name="Email" type="email" /></div>
<div class="col-12"><label class="form-label" for="NoiDung">Nội dung</label><textarea class="form-control" id="NoiDung" name="NoiDung" rows="5"></textarea></div>
<div class="col-12"><button class="btn btn-primary" type="submit">Gửi ý kiến</button></div>
</form>
</div>"""
    crumbs = [("Trang chủ", "/vi/"), ("Liên hệ", None)]
    return html(
        layout(request, title="Liên hệ", main=main, canonical="/vi/lien-he/", crumbs=crumbs)
    )


def calendar_page(request: Request) -> Response:
    year, week = CURRENT_WEEK
    try:
        year = int(request.params.get("nam", year))
        week = int(request.params.get("tuan", week))
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        year, week = CURRENT_WEEK
        monday = date.fromisocalendar(year, week, 1)
    prev_y, prev_w, _ = (monday - timedelta(days=7)).isocalendar()
    next_y, next_w, _ = (monday + timedelta(days=7)).isocalendar()
    sunday = monday + timedelta(days=6)
    rows = CALENDAR.get((year, week), [])
    table = (
        '<table class="table table-bordered calendar-table">\n<thead><tr><th>Thứ/Ngày</th><th>Buổi'
        "</th><th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead>\n<tbody>\n"
        + "\n".join("<tr>" + "".join(f"<td>{rz(c)}</td>" for c in row) + "</tr>" for row in rows)
        + "\n</tbody>\n</table>"
        if rows
        else '<p class="alert alert-info">Chưa có lịch công tác tuần này.</p>'
    )
    main = f"""<div class="calendar-page">
<h1 class="h3 border-bottom pb-2 mb-3">Lịch công tác</h1>
<p class="fw-semibold">Tuần {week} (từ ngày {monday:%d/%m/%Y} đến ngày {sunday:%d/%m/%Y})</p>
<div class="calendar-nav d-flex justify-content-between mb-3">
<a class="btn btn-sm btn-outline-primary" href="/vi/lich-cong-tac/?tuan={prev_w}&amp;nam={prev_y}">« Tuần trước</a>
<a class="btn btn-sm btn-outline-secondary" href="/vi/lich-cong-tac/">Tuần hiện tại</a>
<a class="btn btn-sm btn-outline-primary" href="/vi/lich-cong-tac/?tuan={next_w}&amp;nam={next_y}">Tuần sau »</a>
</div>
{table}
</div>"""
    crumbs = [("Trang chủ", "/vi/"), ("Lịch công tác", None)]
    return html(
        layout(
            request, title="Lịch công tác", main=main, canonical="/vi/lich-cong-tac/", crumbs=crumbs
        )
    )


def documents_page(request: Request) -> Response:
    page = page_number(request.params.get("page"))
    q = request.params.get("q", "").strip()
    docs = [d for d in DOCUMENTS if not q or q.casefold() in (d[0] + " " + d[2]).casefold()]
    shown = docs[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    rows = "\n".join(
        f"<tr><td>{rz(no)}</td><td>{d}</td><td>{rz(title)}</td>"
        f'<td><a href="{DOC_DIR}{f}" download><i class="bi bi-file-earmark-pdf"></i> PDF ({rz(size)})</a></td></tr>'
        for no, d, title, f, size in shown
    )
    body = (
        '<table class="table table-striped document-list">\n<thead><tr><th>Số/Ký hiệu</th>'
        "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>\n"
        f"<tbody>\n{rows}\n</tbody>\n</table>"
        if shown
        else '<p class="alert alert-info">Không tìm thấy văn bản nào.</p>'
    )
    qpart = f"q={quote_plus(q)}&amp;" if q else ""
    main = f"""<div class="document-library">
<h1 class="h3 border-bottom pb-2 mb-3">Văn bản</h1>
<form class="row g-2 mb-3" method="get" action="/vi/van-ban/">
<div class="col-md-6"><input class="form-control" name="q" value="{rz(q)}" placeholder="Số ký hiệu, trích yếu..." /></div>
<div class="col-md-4"><select class="form-select" name="loai"><option value="">Tất cả loại văn bản</option><option value="ke-hoach">Kế hoạch</option><option value="cong-van">Công văn</option><option value="thong-tu">Thông tư</option></select></div>
<div class="col-md-2"><button class="btn btn-primary w-100" type="submit">Lọc</button></div>
</form>
{body}
{pager(page, len(docs), lambda n: f"/vi/van-ban/?{qpart}page={n}")}
</div>"""
    crumbs = [("Trang chủ", "/vi/"), ("Văn bản", None)]
    return html(
        layout(request, title="Văn bản", main=main, canonical="/vi/van-ban/", crumbs=crumbs)
    )


def _plain(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def search_page(request: Request) -> Response:
    params = request.params
    form = f"""<form class="d-flex mb-3" action="/vi/tim-kiem/" method="get">
<input class="form-control me-2" type="search" name="q" value="{rz(params.get("q", ""))}" />
<button class="btn btn-primary" type="submit">Tìm kiếm</button>
</form>"""
    if "q" not in params:
        results = ""
    else:
        q = params["q"].strip()
        page = page_number(params.get("p"))
        hits = [
            s
            for s in NEWEST
            if _plain(q)
            in _plain(" ".join([s.title, s.summary or "", *s.paragraphs, *s.opts.get("tags", [])]))
        ]
        shown = hits[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        items = []
        for s in shown:
            text = s.summary or s.paragraphs[0]
            excerpt = text if len(text) <= 160 else text[:160].rsplit(" ", 1)[0] + "…"
            items.append(
                f'<li class="search-result mb-3"><h3 class="h6 mb-1"><a href="{friendly(s)}">'
                f'{str_prop(s, s.title)}</a></h3><p class="small text-muted mb-1">{s.opts["date"]} - '
                f'{rz(CATS[s.cat])}</p><p class="small mb-0">{rz(excerpt)}</p></li>'
            )
        qq = quote_plus(q)
        results = (
            f'<p class="search-summary">Tìm thấy {len(hits)} kết quả cho từ khóa “{rz(q)}”</p>\n'
            + (
                '<ul class="list-unstyled search-results">\n' + "\n".join(items) + "\n</ul>"
                if items
                else ""
            )
            + "\n"
            + pager(page, len(hits), lambda n: f"/vi/tim-kiem/?q={qq}&amp;p={n}")
        )
    main = f"""<div class="search-page">
<h1 class="h3 border-bottom pb-2 mb-3">Tìm kiếm</h1>
{form}
{results}
</div>"""
    crumbs = [("Trang chủ", "/vi/"), ("Tìm kiếm", None)]
    return html(
        layout(request, title="Tìm kiếm", main=main, canonical="/vi/tim-kiem/", crumbs=crumbs)
    )


# --- the English branch ----------------------------------------------------------------------


def en_layout(
    request: Request, *, title: str, main: str, canonical: str, vi_url: str = "/vi/"
) -> str:
    base = base_url(request)
    ret = quote(request.target, safe="")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{rz(title)} | Bao Loc City Department of Education and Training</title>
<link rel="canonical" href="{base}{canonical}" />
<link rel="stylesheet" href="/dist/css/bootstrap.min.css?v=5.3.3" />
<link rel="stylesheet" href="/dist/css/site.min.css?v=12.4.1" />
</head>
<body>
<header class="site-header">
<div class="topbar bg-primary-subtle small py-1"><div class="container d-flex justify-content-between">
<span class="topbar__date">Wednesday, 25 November 2026</span>
<ul class="language-selector list-inline mb-0">
<li class="list-inline-item"><a href="{vi_url}" lang="vi">{rz("Tiếng Việt")}</a></li>
<li class="list-inline-item active"><a href="/en/" lang="en">English</a></li>
</ul></div></div>
<div class="brand container py-3"><a href="/en/"><img src="/globalassets/logo/logo-pgddt-bao-loc.png" alt="Logo" height="80" /></a>
<span class="h4">BAO LOC CITY DEPARTMENT OF EDUCATION AND TRAINING</span></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/en/">Home</a></li>
<li class="nav-item"><a class="nav-link" href="/en/news/">News</a></li>
</ul></div></nav>
</header>
<main class="container py-4">
{main}
</main>
<footer class="site-footer bg-dark text-light pt-4"><div class="container">
<p>Bao Loc City Department of Education and Training - 3 Ho Tung Mau Street, Ward 1, Bao Loc City, Lam Dong Province</p>
<p>Tel: (+84) 263 3864 125 - Email: pgddt@baoloc.edu.vn</p>
<p class="small"><a class="link-light" href="/util/login?ReturnUrl={ret}" rel="nofollow">Log in</a></p>
</div></footer>
</body>
</html>"""


def en_list() -> str:
    items = []
    for slug, a in EN_ARTICLES.items():
        items.append(
            f'<li class="mb-3"><h3 class="h5"><a href="/en/news/{slug}/">{rz(a["title"])}</a></h3>'
            f'<p class="small text-muted mb-1">{a["date"]}</p><p>{rz(a["intro"])}</p></li>'
        )
    return '<ul class="list-unstyled news-list">\n' + "\n".join(items) + "\n</ul>"


def en_home(request: Request) -> Response:
    main = f"""<h1 class="h3">Welcome</h1>
<p>The Bao Loc City Department of Education and Training manages 58 kindergartens, primary and lower secondary schools in the city.</p>
<h2 class="h4">Latest news</h2>
{en_list()}"""
    return html(en_layout(request, title="Home", main=main, canonical="/en/"))


def en_news(request: Request) -> Response:
    main = f'<h1 class="h3">News</h1>\n{en_list()}'
    return html(en_layout(request, title="News", main=main, canonical="/en/news/"))


def en_article(request: Request, slug: str) -> Response:
    a = EN_ARTICLES[slug]
    vi = BY_ID[a["of"]]
    paras = "\n".join(f"<p>{_html.escape(p)}</p>" for p in a["body"])
    image = (
        '<div class="block imageblock col-12"><figure class="figure w-100">'
        f'<img class="figure-img img-fluid" src="{_html.escape(a["image"])}" alt="" /></figure></div>\n'
        if a["image"]
        else ""
    )
    other = next(s for s in EN_ARTICLES if s != slug)
    other_vi = BY_ID[EN_ARTICLES[other]["of"]]
    main = f"""<article class="article-page">
<h1 class="article-page__title h2">{rz(a["title"])}</h1>
<p class="article-page__date text-muted small">Published: {a["date"]} | Views: {vi.views() // 7}</p>
<div class="article-page__intro lead fw-bold mb-3">{rz(a["intro"])}</div>
<div class="article-page__body">
{image}{paras}
</div>
<div class="article-page__author text-end mt-3"><p class="mb-1"><span class="fw-semibold">Author:</span> {rz(a["author"])}</p></div>
</article>
<section class="contentarea related-news mt-4"><h2 class="h5">Related news</h2>
<div class="row"><div class="block teaserblock col-md-4"><div class="card"><div class="card-body">
<h3 class="card-title h6"><a href="/link/{other_vi.opts["guid"]}.aspx?epslanguage=en">{rz(EN_ARTICLES[other]["title"])}</a></h3>
</div></div></div></div></section>"""
    return html(
        en_layout(
            request, title=a["title"], main=main, canonical=f"/en/news/{slug}/", vi_url=friendly(vi)
        )
    )


# --- login, edit mode ------------------------------------------------------------------------


def login_page(request: Request) -> Response:
    ret = _html.escape(request.params.get("ReturnUrl", "/"))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8" /><title>Log In</title>
<link rel="stylesheet" href="/Util/styles/login.css" /></head>
<body class="epi-login">
<div class="epi-login__box">
<img src="/Util/images/optimizely-logo.png" alt="Optimizely" />
<h1>Log In</h1>
<form method="post" action="/util/login?ReturnUrl={quote(request.params.get("ReturnUrl", "/"), safe="")}">
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8N3kq2aZpQ1Hn0xYw7tVbLrM4sE9uFgKjD6cW5oPiA8yTzRvXhB2lNmQeOs" />
<input type="hidden" name="ReturnUrl" value="{ret}" />
<label for="Username">Username</label><input id="Username" name="Username" type="text" autocomplete="username" />
<label for="Password">Password</label><input id="Password" name="Password" type="password" autocomplete="current-password" />
<label><input name="RememberMe" type="checkbox" value="true" /> Remember me</label>
<button type="submit">Log In</button>
</form>
</div>
</body>
</html>"""
    return html(page)


def to_login(request: Request) -> Response:
    return redirect("/util/login?ReturnUrl=" + quote(request.target, safe=""), 302)


# --- routing ---------------------------------------------------------------------------------

_LINK = re.compile(r"^/link/([0-9a-f]{32})\.aspx$", re.IGNORECASE)
_ARTICLE = re.compile(r"^/vi/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)/$")
_CATEGORY = re.compile(r"^/vi/tin-tuc/([a-z0-9-]+)/$")
_EN_ARTICLE = re.compile(r"^/en/news/([a-z0-9-]+)/$")


class EpiserverSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        lower = path.lower()
        if lower.endswith(".pdf") and lower.startswith(DOC_DIR):
            if any(lower == DOC_DIR + d[3] for d in DOCUMENTS):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if (
            lower.startswith(
                ("/globalassets/", "/contentassets/", "/dist/", "/util/images/", "/util/styles/")
            )
            or lower == "/favicon.ico"
        ):
            return static_file(path)
        if request.params.get("epieditmode", "").lower() == "true" or lower.startswith(
            "/episerver"
        ):
            return to_login(request)
        if lower == "/util/login":
            return login_page(request)
        if path == "/":
            return redirect("/vi/", 302)
        match = _LINK.match(path)
        if match:
            return self.permanent(request, match.group(1).lower())
        page = self.friendly(request, path)
        if page is None and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            probe = Request("GET", path + "/", "", request.headers)
            if self.friendly(probe, path + "/") is not None:
                target = path + "/" + (f"?{request.query}" if request.query else "")
                return redirect(target, 301)
        return page

    def permanent(self, request: Request, guid: str) -> Response | None:
        lang = request.params.get("epslanguage", "vi").lower()
        story = BY_GUID.get(guid)
        if story is not None:
            if lang == "vi":
                return article_page(request, story)
            if lang == "en" and story.opts.get("en"):
                return en_article(request, story.opts["en"])
            return None
        for path, g in STATIC_GUIDS.items():
            if g == guid and lang == "vi":
                return self.friendly(request, path)
        return None

    def friendly(self, request: Request, path: str) -> Response | None:
        simple = {
            "/vi/": home,
            "/vi/tin-tuc/": news_root,
            "/vi/gioi-thieu/": intro_page,
            "/vi/lien-he/": contact_page,
            "/vi/lich-cong-tac/": calendar_page,
            "/vi/van-ban/": documents_page,
            "/vi/tim-kiem/": search_page,
            "/en/": en_home,
            "/en/news/": en_news,
        }
        if path in simple:
            return simple[path](request)
        match = _CATEGORY.match(path)
        if match and match.group(1) in CATS:
            return category_page(request, match.group(1))
        match = _ARTICLE.match(path)
        if match:
            for story in STORIES:
                if story.cat == match.group(1) and story.slug == match.group(2):
                    return article_page(request, story)
            return None
        match = _EN_ARTICLE.match(path)
        if match and match.group(1) in EN_ARTICLES:
            return en_article(request, match.group(1))
        return None


def build_site() -> EpiserverSite:
    return EpiserverSite()


# --- gold ------------------------------------------------------------------------------------


def _gold(sid: int, path: str, guid: str, category: str) -> dict:
    story = BY_ID[sid]
    alts = [f"/link/{guid}.aspx", f"/link/{guid}.aspx?epslanguage=vi"]
    return gold_record(story, path, category, canonical_path=path, alt_paths=alts)


GOLD = [
    _gold(
        1,
        "/vi/tin-tuc/hoat-dong-nganh/tuyen-duong-86-nha-giao-tieu-bieu/",
        "3b4458c5ce524c589843dd161c85e9c5",
        "Hoạt động ngành",
    ),
    _gold(
        2,
        "/vi/tin-tuc/thong-bao/lich-tiep-cong-dan-thang-12-2026/",
        "a7744ed1c2d94f059d02f548c7b93837",
        "Thông báo",
    ),
    _gold(
        3,
        "/vi/tin-tuc/chuyen-mon-nghiep-vu/hoi-thao-day-hoc-stem-mon-khtn-cap-thcs/",
        "bc8ced6fd737420e85466c79e58e9c50",
        "Chuyên môn - Nghiệp vụ",
    ),
    _gold(
        4,
        "/vi/tin-tuc/hoat-dong-nganh/ngay-hoi-doc-sach-truong-th-ly-tu-trong/",
        "a0e335c318a948b0b869f29c29df7b2c",
        "Hoạt động ngành",
    ),
    _gold(
        5,
        "/vi/tin-tuc/hoat-dong-nganh/ket-qua-hoi-thi-gvdg-tieu-hoc-2026-2027/",
        "6a7135c891cc4d7da7498d0ef28714d6",
        "Hoạt động ngành",
    ),
    _gold(
        6,
        "/vi/tin-tuc/thong-bao/ke-hoach-hoi-khoe-phu-dong-cap-thanh-pho/",
        "ba8424d1e75c44709cdf8d54aef1aa13",
        "Thông báo",
    ),
    _gold(
        7,
        "/vi/tin-tuc/chuyen-mon-nghiep-vu/sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-thcs-loc-son/",
        "233bd15aa8e548c3b391f367941ec456",
        "Chuyên môn - Nghiệp vụ",
    ),
    _gold(
        8,
        "/vi/tin-tuc/hoat-dong-nganh/ngay-hoi-tro-choi-dan-gian-mn-hoa-sen/",
        "cf15266baccc45b89ada9c3ac29f60d6",
        "Hoạt động ngành",
    ),
    _gold(
        9,
        "/vi/tin-tuc/hoat-dong-nganh/khai-mac-hoi-thi-gvdg-tieu-hoc/",
        "c40a62d7a8ca4a67b85127f4ac110b28",
        "Hoạt động ngành",
    ),
    _gold(
        10,
        "/vi/tin-tuc/thong-bao/dieu-chinh-lich-thi-hsg-lop-9/",
        "d865b278186a4e0a800c6d51abe2940b",
        "Thông báo",
    ),
    _gold(
        11,
        "/vi/tin-tuc/hoat-dong-nganh/mn-son-ca-tuyen-truyen-phong-chong-dich-benh/",
        "1c1d266a47c649cdbd03f2df1e43abb2",
        "Hoạt động ngành",
    ),
    _gold(
        12,
        "/vi/tin-tuc/chuyen-mon-nghiep-vu/huong-dan-ke-hoach-giao-duc-nha-truong-tieu-hoc/",
        "85ade99e6d6d4763a26a9ef2eb3c03d2",
        "Chuyên môn - Nghiệp vụ",
    ),
    _gold(
        13,
        "/vi/tin-tuc/hoat-dong-nganh/hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027/",
        "5a70936562544782aa81303fdccd1bcc",
        "Hoạt động ngành",
    ),
]

NON_ARTICLES = [
    "/vi/gioi-thieu/",
    "/vi/lien-he/",
    "/vi/lich-cong-tac/",
    "/vi/van-ban/",
    "/vi/van-ban/?page=2",
    "/en/",
    "/en/news/86-outstanding-teachers-honoured-on-vietnamese-teachers-day/",
    "/en/news/guidance-on-school-education-plans-for-primary-schools-2026-2027/",
]
