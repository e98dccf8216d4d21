"""Fixture portal: Sở GD&ĐT tỉnh Tuyên Quang on Umbraco 8 (a vendor build on the .NET CMS).

Imitates the news section of a provincial Department of Education portal that a local vendor
built on Umbraco 8 (ASP.NET MVC on IIS), as it reads in late 2026 after the 2025 merger of
Tuyên Quang and Hà Giang (no more districts: schools sit in communes and wards). What it serves:

- Friendly URLs with a trailing slash, as ``addTrailingSlash`` writes them:
  ``/tin-tuc/hoat-dong-nganh/<slug>/``, ``/tin-tuc/tin-tu-co-so/<slug>/``,
  ``/thong-bao/<slug>/``. Umbraco answers the same node without the slash too (no redirect),
  at ``/<node id>`` (ContentFinderByIdPath: the "Đường dẫn rút gọn" an editor pasted into a
  text) and at ``/?umbPageID=<node id>`` (ContentFinderByPageIdQuery, Umbraco's own "?id="
  query alias: the vendor's "Tin xem nhiều" macro builds its links from Examine ids that way). All of them are ``alt_paths``; every
  rendering prints ``rel=canonical`` to the friendly URL (absolute).
- Article pages ("Bài viết" document type): breadcrumb ``ol.breadcrumb`` ending in the headline;
  a header block ``header.news-detail__header`` with ``h1.news-detail__title`` and the line
  "Ngày đăng: 18/11/2026 | Lượt xem: 245" (date only); the "Mô tả ngắn" property as
  ``p.lead`` (the sapo, outside the grid); tools (A-/A+, "In bài viết" →
  ``?altTemplate=InBai``, Facebook/Zalo share, the short link in a read-only input); then the
  body, a Grid Layout rendered by the stock ``bootstrap3`` view in its two-section form:
  ``div.umb-grid > div.container > div.row.clearfix > div.grid-section > div.col-md-8.column``
  (the article) and ``div.col-md-4.column`` (a "Văn bản mới" macro and a banner image placed in
  the grid by the editors), each row ``div > div.row.clearfix > div.col-md-N.column > div``,
  each control wrapped by the vendor's base view in ``div.umb-control umb-control--<editor>``.
  Controls: rich text (TinyMCE: paragraphs, images with ``data-udi`` and a centred italic
  ``<em>`` line under them, a ``table.table-bordered``, an ``<ol>``, bylines at the end), media
  (the vendor's override prints ``figure > img + figcaption``; older rows still use the stock
  view: ``img`` then ``p.caption``; a media control with no caption prints only the ``img``),
  a row of two media controls side by side (``col-md-6`` + ``col-md-6``), the stock "Headline"
  editor (markup ``<h1>#value#</h1>``: a sub-heading inside the body written as a second h1),
  the "Quote" editor (``blockquote``), an embed (YouTube iframe in ``div.video-wrapper``).
  Below the grid: "Từ khóa" tags (``/tim-kiem/?tag=…``), "Tin cùng chuyên mục" with dates.
- "Thông báo" pages use another template: ``h1.notice-title``, the line
  "Đăng lúc: 16:40 - 23/11/2026 • Lượt xem: 97" (time and date), a single rich-text grid row,
  "Tệp đính kèm" under it.
- Listings ``/tin-tuc/`` (both news categories), ``/tin-tuc/hoat-dong-nganh/``,
  ``/tin-tuc/tin-tu-co-so/``, ``/thong-bao/``: four items a page (the listing node's "Số tin
  mỗi trang"), Bootstrap pager with *relative* links ``?page=N`` (page 1 is linked as
  ``?page=1`` too), and a page-size chooser "Số tin/trang: 4 | 10 | 20" (``?pageSize=N``,
  kept in the pager links: ``?page=2&pageSize=10``). A page past the last answers 200 "Chưa có
  bài viết". Dates printed dd/MM/yyyy beside each entry. Every listing page prints
  ``rel=canonical`` to the listing's bare URL (the template prints ``Model.Url``, so page 2 and
  every page size claim to be page 1: a real SEO slip; their links must still be followed).
- ``/van-ban-chi-dao/``: the "Văn bản chỉ đạo" library, a table (Số/Ký hiệu, Ngày ban hành,
  Trích yếu, Tải về) with a GET filter form and ``?page=N``; one page per document
  (``/van-ban-chi-dao/<slug>/``: register fields and a PDF under ``/media/<folder>/``).
- ``/thu-vien-anh/`` and two album pages (``/thu-vien-anh/<album>/``): photos with captions.
- ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/`` (Umbraco Forms),
  ``/dang-nhap/`` (member login), ``/tim-kiem/`` (Examine search, ``?q=`` / ``?tag=``).
- Home page: slider, a box per category, "Thông báo", "Văn bản chỉ đạo mới", "Thư viện ảnh";
  sidebar "Tin xem nhiều" (``/?umbPageID=N`` links), banners, "Thống kê truy cập"; header with
  the day (``TODAY``), search box and "Đăng nhập"; footer with address and hotline.
- ``/sitemap.xml`` (announced in robots.txt) and ``/rss/``, written by .NET's XmlWriter with
  ``Encoding.UTF8``, so both start with a UTF-8 BOM. HTML pages come with Windows line endings
  (CRLF) from the Razor views.

Traps and hard cases: the page-size chooser multiplies every listing (finite: 3 sizes × pages);
the same article at five URLs (friendly, without slash, ``/N``, ``/?umbPageID=N``, and the
print view ``?altTemplate=InBai``, which is noindex and a non-article); an old link kept in an
article to the previous portal (``/tin-tuc/chi-tiet.aspx?newsid=1022``) is redirected by
ASP.NET's customErrors (302) to ``/loi-404/?aspxerrorpath=/tin-tuc/chi-tiet.aspx``, a soft 404
that answers 200; unknown friendly paths answer Umbraco's 404 page with status 404. Inside the
article: a second ``<h1>`` (the Headline grid editor) in the body; a banner image in the grid's
right-hand section (not the article's photo); captions in three markups; an ``<em>`` line under
a photo that is only the Zalo file name; one article in decomposed Unicode (NFD, pasted from a
"Unicode tổ hợp" document); one whose text came through the old portal's editor as a mix of
raw UTF-8, named and numeric character references.

Gold (by hand). Articles are the "Bài viết" and "Thông báo" nodes; documents, albums, static
pages, listings, search, print views and the soft 404 are not. Judgement calls:
- date: the header line. "Ngày đăng: dd/mm/yyyy" gives the date only; "Đăng lúc: HH:MM -
  dd/mm/yyyy" gives date and time (+07:00). The header clock and the event dates in the text
  are never the publication date.
- summary: the ``p.lead`` is the sapo and the body's first paragraph; articles without one have
  summary None.
- body: the grid's left section only, in order: paragraphs, the Headline control's text and the
  Quote control's text (both are paragraphs of the article), list items one paragraph each
  *without* the numbers the ``<ol>`` draws, table rows one paragraph each with cells joined by
  " | " (header row included). Not body: captions, byline/source lines, the attachment line,
  the embed, the right section (macro and banner).
- images: the photos of the left section in order (the right-hand banner is no article photo);
  ``src`` with its ImageProcessor query (``?width=…&height=…``) as printed; caption = the
  ``figcaption``, the ``p.caption`` or the centred ``<em>`` line, as printed (a trailing "(Ảnh:
  Hà Phương)" is kept in the caption and also names the photographer); a line that is only a
  file name is no caption (None); a media control without caption has None.
- bylines: "Tin, ảnh: X" / "Bài, ảnh: X" / "Tin và ảnh: X" put X in authors and photographers;
  "Bài: X - Ảnh: Y" splits; "Tin: X" is an author; a bare right-aligned name is an author;
  "Nguyễn Thị Hoa (Phòng Tổ chức cán bộ)" gives the author "Nguyễn Thị Hoa" (the parenthesis is
  her unit); a right-aligned department "Phòng GDTrH" is the author as printed (an organisation
  signing the news, like a "Tác giả" field naming one); "Nguồn: Báo Tuyên Quang" and "Theo Cổng
  TTĐT tỉnh Tuyên Quang" give the source (the name after the label).
- category: the breadcrumb's category ("Hoạt động ngành", "Tin từ cơ sở", "Thông báo"), not
  the parent "Tin tức".
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote, quote_plus, unquote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "umbraco_sgddt"
PLATFORM = "umbraco8"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SHORT = "Sở GD&ĐT Tuyên Quang"
ADDRESS = "Số 12, đường 17 tháng 8, phường Minh Xuân, tỉnh Tuyên Quang"
PHONE = "0207 3 822 146"
HOTLINE = "0915 226 118"
EMAIL = "vanphong.sgddt@tuyenquang.gov.vn"
PER_PAGE = 4
PAGE_SIZES = (4, 10, 20)
DOCS_PER_PAGE = 4
PRINT = "altTemplate=InBai"
LEGACY = "/tin-tuc/chi-tiet.aspx?newsid=1022"
SOFT_404 = "/loi-404/?aspxerrorpath=/tin-tuc/chi-tiet.aspx"

#: categories: path -> (printed name, parent crumbs)
CATS: dict[str, str] = {
    "/tin-tuc/hoat-dong-nganh/": "Hoạt động ngành",
    "/tin-tuc/tin-tu-co-so/": "Tin từ cơ sở",
    "/thong-bao/": "Thông báo",
}
NEWS_ROOT = "/tin-tuc/"
HDN, TTCS, TB = CATS


def _folder(name: str) -> str:
    """Umbraco 8 media folders: eight lower-case characters per uploaded file."""
    digest = hashlib.sha1(name.encode()).digest()
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[b % 36] for b in digest[:8])


def media(name: str, query: str = "") -> str:
    """A media URL as the views print it (``&`` escaped later by ``esc``)."""
    return f"/media/{_folder(name)}/{name}" + (f"?{query}" if query else "")


W800 = "width=800&height=533"
W600 = "width=600&height=400"
PAIR = "width=400&height=300&mode=crop&anchor=center"

# Story.opts: when (datetime printed/used for ordering), tags, nfd, entities.
# P styles: "" (rich-text paragraph), "h" (Headline control, <h1>), "quote" (Quote control),
#   "li" (<ol> item), "th"/"tr" (table rows, cells " | "), "a|href|phrase" (a link in the text).
# Img styles: "figure" (media control, figcaption), "pcap" (stock media view, p.caption),
#   "media" (media control, no caption), "em" (TinyMCE image + centred <em> line),
#   "pair" (two media controls side by side in one row; figcaption).
# Raw: "embed:<id>" (embed control) or closing markup of the last rich-text control.
STORIES: list[Story] = [
    Story(
        id=2461,
        slug="so-gd-dt-giao-ban-truc-tuyen-cong-tac-thang-11-nam-2026",
        title="Sở GD&ĐT giao ban trực tuyến công tác tháng 11 năm 2026",
        cat=HDN,
        published_at="2026-11-24",
        summary=(
            "Sáng 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến đánh giá"
            " kết quả công tác tháng 11 và triển khai nhiệm vụ tháng 12 năm 2026 tới 124 điểm cầu"
            " là các trường THPT, trung tâm GDNN-GDTX và Phòng Văn hóa - Xã hội các xã, phường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo của Văn phòng Sở, trong tháng 11 toàn ngành đã tổ chức trang trọng"
                " các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành rà soát đội ngũ"
                " giáo viên theo định mức mới và cập nhật đầy đủ dữ liệu học sinh lên cơ sở dữ liệu"
                " ngành."
            ),
            Img(
                media("giao-ban-thang-11-2026-1.jpg", W800),
                "Đồng chí Giám đốc Sở GD&ĐT chủ trì hội nghị tại điểm cầu chính",
                "Đồng chí Giám đốc Sở GD&ĐT chủ trì hội nghị tại điểm cầu chính",
                "figure",
            ),
            P(
                "Tỷ lệ học sinh đi học chuyên cần tại các trường phổ thông dân tộc bán trú đạt"
                " 98,2%. Bữa ăn bán trú được duy trì ổn định, không để xảy ra ngộ độc thực phẩm."
                " Một số điểm trường ở các xã vùng cao phía Bắc vẫn thiếu phòng học, phòng ở cho"
                " học sinh nội trú."
            ),
            Img(
                media("giao-ban-thang-11-2026-2.jpg", PAIR),
                "Điểm cầu Trường THPT Đồng Văn",
                "Điểm cầu Trường THPT Đồng Văn",
                "pair",
            ),
            Img(
                media("giao-ban-thang-11-2026-3.jpg", PAIR),
                "Điểm cầu Phòng Văn hóa - Xã hội xã Lâm Bình",
                "Điểm cầu Phòng Văn hóa - Xã hội xã Lâm Bình",
                "pair",
            ),
            P(
                "Kết quả này tiếp nối kế hoạch phát triển mạng lưới trường học của năm học trước.",
                f"a|{LEGACY}|kế hoạch phát triển mạng lưới trường học",
            ),
            P(
                "Kết luận hội nghị, đồng chí Giám đốc Sở yêu cầu các đơn vị chủ động phương án"
                " phòng, chống rét cho học sinh; tổ chức kiểm tra cuối học kỳ I nghiêm túc, đúng"
                " quy chế và hoàn thành thi chọn học sinh giỏi cấp tỉnh lớp 12 trong tháng 12."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh Đức</strong></p>'),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        opts={"when": datetime(2026, 11, 24, 11, 20), "tags": ["giao ban", "chỉ đạo điều hành"]},
    ),
    Story(
        id=2458,
        slug="thong-bao-lich-tiep-cong-dan-thang-12-nam-2026",
        title="Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026",
        cat=TB,
        published_at="2026-11-23T16:40:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của Giám đốc Sở"
                " tháng 12 năm 2026 như sau:"
            ),
            P("Thời gian: từ 07 giờ 30 phút đến 11 giờ 00 phút, ngày 15/12/2026 (thứ Ba)."),
            P("Địa điểm: Phòng tiếp công dân, tầng 1 trụ sở Sở Giáo dục và Đào tạo."),
            P(
                "Công dân đến liên hệ mang theo căn cước và các giấy tờ liên quan đến nội dung"
                " kiến nghị, phản ánh (chi tiết theo thông báo đính kèm)."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 23, 16, 40),
            "tags": ["tiếp công dân"],
            "file": "TB-tiep-cong-dan-thang-12-2026.pdf",
        },
    ),
    Story(
        id=2455,
        slug="tuyen-duong-120-nha-giao-tieu-bieu-nam-2026",
        title="Tuyên dương 120 nhà giáo tiêu biểu năm 2026",
        cat=HDN,
        published_at="2026-11-21",
        summary=(
            "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Sở GD&ĐT tổ"
            " chức lễ tuyên dương 120 nhà giáo, cán bộ quản lý giáo dục tiêu biểu của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các nhà giáo được tuyên dương năm nay đến từ 68 xã, phường, trong đó có 47 thầy,"
                " cô đang công tác tại các điểm trường vùng đặc biệt khó khăn. Nhiều thầy, cô đã"
                " gắn bó với bản làng hơn 20 năm, vận động học sinh ra lớp và giữ chân các em"
                " đến hết cấp học."
            ),
            P("Những tấm gương bền bỉ nơi vùng cao", "h"),
            P(
                "Cô Lù Thị Sính, giáo viên Trường PTDTBT Tiểu học Sủng Là, 16 năm dạy lớp ghép ở"
                " điểm trường Lũng Cẩm. Mỗi năm học, cô cùng đồng nghiệp đến từng nhà vận động"
                " học sinh trở lại lớp sau kỳ nghỉ Tết."
            ),
            P(
                "Mỗi buổi sáng đến lớp thấy đủ các em là niềm vui lớn nhất của chúng tôi.",
                "quote",
            ),
            Img(
                media("tuyen-duong-nha-giao-2026.jpg", W800),
                "Lãnh đạo Sở GD&ĐT trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo Sở GD&ĐT trao Bằng khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo Sở ghi nhận những đóng góp thầm lặng của đội ngũ"
                " nhà giáo và mong các thầy, cô tiếp tục đổi mới phương pháp dạy học, là tấm gương"
                " sáng cho học sinh noi theo."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Lê Thu Trang - Ảnh: Đỗ Văn Hùng'
                "</strong></p>"
            ),
        ],
        authors=["Lê Thu Trang"],
        photographers=["Đỗ Văn Hùng"],
        opts={"when": datetime(2026, 11, 21, 9, 5), "tags": ["Ngày Nhà giáo Việt Nam"]},
    ),
    Story(
        id=2452,
        slug="truong-ptdtnt-thcs-na-hang-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTNT THCS Na Hang tổ chức Ngày hội văn hóa các dân tộc",
        cat=TTCS,
        published_at="2026-11-20",
        summary=(
            "Ngày 18/11, Trường PTDTNT THCS Na Hang tổ chức Ngày hội văn hóa các dân tộc năm"
            " 2026 với sự tham gia của 280 học sinh người Tày, Dao, Mông, Pà Thẻn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các lớp dựng gian trưng bày trang phục, nhạc cụ, đồ dùng sinh hoạt truyền thống"
                " và giới thiệu món ăn đặc trưng của dân tộc mình như xôi ngũ sắc, bánh gai, thắng"
                " cố."
            ),
            Img(
                media("ngay-hoi-van-hoa-na-hang-1.jpg", W600),
                "Học sinh dân tộc Dao giới thiệu trang phục truyền thống",
                "Học sinh dân tộc Dao giới thiệu trang phục truyền thống",
                "em",
            ),
            P(
                "Phần thi văn nghệ với các tiết mục hát then, múa khèn, hát Páo dung do chính học"
                " sinh biểu diễn đã để lại nhiều ấn tượng với khán giả."
            ),
            Img(
                media("ngay-hoi-van-hoa-na-hang-2.jpg", W600),
                "Tiết mục múa khèn của học sinh lớp 8A",
                "Tiết mục múa khèn của học sinh lớp 8A",
                "em",
            ),
            P(
                "Trước đó, nhà trường đã tổ chức cho học sinh tham quan Ngày hội STEM tại Chiêm"
                " Hóa.",
                "a|/tin-tuc/tin-tu-co-so/truong-thpt-chiem-hoa-to-chuc-ngay-hoi-stem|Ngày hội STEM",
            ),
            P(
                "Ngày hội giúp học sinh hiểu, trân trọng và giữ gìn bản sắc văn hóa dân tộc, đồng"
                " thời rèn kỹ năng tổ chức, làm việc nhóm."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ma Thị Duyên</strong></p>'),
        ],
        authors=["Ma Thị Duyên"],
        photographers=["Ma Thị Duyên"],
        opts={"when": datetime(2026, 11, 20, 15, 30), "tags": ["văn hóa dân tộc"]},
    ),
    Story(
        id=2449,
        slug="so-gd-dt-cong-bo-cac-quyet-dinh-ve-cong-tac-can-bo",
        title="Sở GD&ĐT công bố các quyết định về công tác cán bộ",
        cat=HDN,
        published_at="2026-11-19",
        blocks=[
            P(
                "Chiều 18/11, Sở Giáo dục và Đào tạo tổ chức hội nghị công bố, trao các quyết định"
                " về công tác cán bộ. Các quyết định gồm:"
            ),
            P(
                "Quyết định số 1425/QĐ-SGDĐT bổ nhiệm ông Nguyễn Văn Lợi giữ chức Hiệu trưởng"
                " Trường THPT Hàm Yên.",
                "li",
            ),
            P(
                "Quyết định số 1426/QĐ-SGDĐT bổ nhiệm bà Triệu Thị Nga giữ chức Phó Hiệu trưởng"
                " Trường PTDTNT THPT tỉnh.",
                "li",
            ),
            P(
                "Quyết định số 1427/QĐ-SGDĐT điều động ông Sùng Mí Vàng, Phó Hiệu trưởng Trường"
                " THPT Mèo Vạc, đến công tác tại Trường THPT Yên Minh.",
                "li",
            ),
            P(
                "Quyết định số 1428/QĐ-SGDĐT bổ nhiệm lại bà Phạm Thu Hằng giữ chức Trưởng phòng"
                " Giáo dục trung học.",
                "li",
            ),
            Img(
                media("cong-bo-quyet-dinh-can-bo.jpg", W800),
                "Lãnh đạo Sở trao quyết định và tặng hoa chúc mừng các cán bộ được bổ nhiệm",
                "Lãnh đạo Sở trao quyết định và tặng hoa chúc mừng các cán bộ được bổ nhiệm",
                "pcap",
            ),
            P(
                "Thay mặt các cán bộ được bổ nhiệm, ông Nguyễn Văn Lợi cảm ơn sự tin tưởng của lãnh"
                " đạo Sở và hứa sẽ cùng tập thể nhà trường hoàn thành tốt nhiệm vụ được giao."
            ),
            Raw('<p style="text-align: right;"><em>Nguyễn Thị Hoa (Phòng Tổ chức cán bộ)</em></p>'),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={"when": datetime(2026, 11, 19, 8, 0), "tags": ["công tác cán bộ"]},
    ),
    Story(
        id=2446,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-thpt",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT",
        cat=HDN,
        published_at="2026-11-18",
        summary=(
            "Ngày 17/11, tại Trường THPT Chuyên Tuyên Quang, Sở GD&ĐT tổ chức hội thảo chuyên"
            " đề nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT cho hơn 150 giáo viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các tham luận tập trung vào giải pháp phát triển kỹ năng nghe, nói cho học sinh"
                " vùng khó khăn, ứng dụng trí tuệ nhân tạo trong luyện phát âm và xây dựng ngân"
                " hàng câu hỏi ôn thi tốt nghiệp THPT."
            ),
            Img(
                media("hoi-thao-tieng-anh-thpt.jpg", W600),
                "Cô giáo Trường THPT Chuyên Tuyên Quang dạy minh họa tiết học kỹ năng nói",
                "Cô giáo Trường THPT Chuyên Tuyên Quang dạy minh họa tiết học kỹ năng nói",
                "em",
            ),
            P(
                "Kết quả thi tốt nghiệp THPT năm 2026, điểm trung bình môn Tiếng Anh của tỉnh đạt"
                " 5,21, vẫn thấp hơn trung bình cả nước; chênh lệch giữa khu vực thành thị và các"
                " xã vùng cao còn lớn."
            ),
            Img(media("hoi-thao-tieng-anh-thpt-2.jpg", W800), None, None, "media"),
            P(
                "Sở đề nghị các trường tăng thời lượng luyện kỹ năng, tổ chức câu lạc bộ tiếng Anh"
                " và phối hợp với các trường đại học bồi dưỡng giáo viên cốt cán."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={"when": datetime(2026, 11, 18, 10, 10), "tags": ["Tiếng Anh", "chuyên môn"]},
    ),
    Story(
        id=2443,
        slug="ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat=TB,
        published_at="2026-11-16T09:15:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp"
                " tỉnh lớp 12 năm học 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("08/12/2026 | Chiều | Họp Hội đồng thi, thí sinh làm thủ tục dự thi | 14h00", "tr"),
            P("09/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh | 180 phút", "tr"),
            P(
                "10/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí"
                " | 180 phút",
                "tr",
            ),
            P("10/12/2026 | Chiều | Thi thực hành môn Tin học | 150 phút", "tr"),
            P(
                "11/12/2026 - 18/12/2026 | Cả ngày | Chấm thi, phúc khảo và công bố kết quả"
                " | Theo lịch của Hội đồng",
                "tr",
            ),
            P(
                "Địa điểm thi: Trường THPT Chuyên Tuyên Quang và Trường THPT Chuyên Hà Giang. Thí"
                " sinh có mặt tại phòng thi trước giờ thi 30 phút, mang theo căn cước hoặc thẻ học"
                " sinh."
            ),
        ],
        opts={"when": datetime(2026, 11, 16, 9, 15), "tags": ["học sinh giỏi", "thi cử"]},
    ),
    Story(
        id=2440,
        slug="kiem-tra-cong-tac-ban-tru-tai-cac-xa-vung-cao",
        title="Kiểm tra công tác bán trú tại các xã vùng cao",
        cat=HDN,
        published_at="2026-11-14",
        blocks=[
            P(
                "Từ ngày 10 đến 13/11, đoàn kiểm tra của Sở GD&ĐT do Phó Giám đốc Sở làm trưởng"
                " đoàn đã kiểm tra công tác tổ chức nấu ăn, nuôi dưỡng học sinh bán trú tại 14"
                " trường ở các xã Mèo Vạc, Sơn Vĩ, Lũng Cú và Phố Bảng."
            ),
            Img(
                media("kiem-tra-ban-tru-meo-vac.jpg", W600),
                "Đoàn kiểm tra bếp ăn Trường PTDTBT THCS Sơn Vĩ (Ảnh: Hà Phương)",
                "Đoàn kiểm tra bếp ăn Trường PTDTBT THCS Sơn Vĩ (Ảnh: Hà Phương)",
                "em",
            ),
            P(
                "Qua kiểm tra, các trường đều có bếp một chiều, lưu mẫu thức ăn đúng quy định; thực"
                " đơn được thay đổi hằng ngày, bảo đảm định lượng theo mức hỗ trợ của Nhà nước."
            ),
            Img(
                media("kiem-tra-ban-tru-phong-o.jpg", W800),
                "Phòng ở của học sinh bán trú được trang bị chăn, đệm cho mùa đông",
                "Phòng ở của học sinh bán trú được trang bị chăn, đệm cho mùa đông",
                "figure",
            ),
            P(
                "Đoàn đề nghị các trường rà soát nhà ở, bổ sung chăn ấm, nước nóng cho học sinh"
                " trước khi nhiệt độ xuống thấp, đồng thời tăng cường tổ chức các hoạt động văn"
                " hóa, thể thao buổi tối.",
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Vàng Thị Mai</strong></p>'),
        ],
        authors=["Vàng Thị Mai"],
        photographers=["Hà Phương"],
        opts={"when": datetime(2026, 11, 14, 16, 45), "tags": ["bán trú"]},
    ),
    Story(
        id=2437,
        slug="truong-thpt-chiem-hoa-to-chuc-ngay-hoi-stem",
        title="Trường THPT Chiêm Hóa tổ chức Ngày hội STEM",
        cat=TTCS,
        published_at="2026-11-12",
        blocks=[
            P(
                "Ngày hội STEM năm nay của Trường THPT Chiêm Hóa có 36 sản phẩm do học sinh tự"
                " thiết kế, từ mô hình nhà kính trồng rau thủy canh đến máy lọc nước bằng vật liệu"
                " tự nhiên và robot phân loại rác."
            ),
            Img(
                media("ngay-hoi-stem-chiem-hoa-1.jpg", W800),
                "Học sinh lớp 11A1 giới thiệu mô hình nhà kính thông minh",
                "Học sinh lớp 11A1 giới thiệu mô hình nhà kính thông minh",
                "figure",
            ),
            P(
                "Sản phẩm “Máy cho gà ăn tự động” của nhóm học sinh lớp 10A3 được Ban Giám khảo"
                " đánh giá cao về tính ứng dụng, có thể sử dụng ngay trong các gia đình ở địa"
                " phương."
            ),
            Img(
                media("ngay-hoi-stem-chiem-hoa-2.jpg", W800),
                "Robot phân loại rác của câu lạc bộ Tin học",
                "Robot phân loại rác của câu lạc bộ Tin học",
                "figure",
            ),
            P(
                "Các sản phẩm xuất sắc sẽ được nhà trường chọn tham dự Cuộc thi Khoa học kỹ thuật"
                " cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Nông Thị Hằng</strong></p>'),
        ],
        authors=["Nông Thị Hằng"],
        photographers=["Nông Thị Hằng"],
        opts={"when": datetime(2026, 11, 12, 14, 0), "tags": ["STEM"]},
    ),
    Story(
        id=2431,
        slug="day-manh-chuyen-doi-so-trong-quan-ly-truong-hoc",
        title="Đẩy mạnh chuyển đổi số trong quản lý trường học",
        cat=HDN,
        published_at="2026-11-10",
        summary=(
            "Năm học 2026 - 2027, ngành Giáo dục tỉnh đặt mục tiêu 100% cơ sở giáo dục sử dụng"
            " học bạ số và sổ điểm điện tử, 80% thủ tục hành chính được giải quyết trực tuyến."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hiện toàn tỉnh có 1.024 cơ sở giáo dục mầm non và phổ thông. Sau hơn một năm hợp"
                " nhất dữ liệu của hai tỉnh cũ, cơ sở dữ liệu ngành đã quản lý thống nhất hồ sơ"
                " của hơn 390.000 học sinh và 24.000 cán bộ, giáo viên."
            ),
            Img(
                media("chuyen-doi-so-hoc-ba-so.jpg", W600),
                "Giáo viên Trường Tiểu học Phan Thiết ký số học bạ điện tử",
                "Giáo viên Trường Tiểu học Phan Thiết ký số học bạ điện tử",
                "em",
            ),
            P(
                "Theo ông Đặng Quốc Bảo, Trưởng phòng Kế hoạch - Tài chính, khó khăn lớn nhất là"
                " hạ tầng mạng ở các điểm trường vùng cao; nhiều giáo viên phải mang máy tính về"
                " trung tâm xã mới có sóng để cập nhật dữ liệu."
            ),
            P(
                "Sở đang phối hợp với các doanh nghiệp viễn thông phủ sóng tới 126 điểm trường còn"
                " lõm sóng trước tháng 6/2027.",
                "a|/2426|phủ sóng tới 126 điểm trường",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thanh Phúc</strong></p>'
                '<p style="text-align: right;"><em>Nguồn: Báo Tuyên Quang</em></p>'
            ),
        ],
        authors=["Thanh Phúc"],
        source="Báo Tuyên Quang",
        opts={
            "when": datetime(2026, 11, 10, 7, 45),
            "tags": ["chuyển đổi số"],
            "entities": 2,
        },
    ),
    Story(
        id=2426,
        slug="tap-huan-giao-duc-stem-cho-giao-vien-tieu-hoc",
        title="Tập huấn giáo dục STEM cho giáo viên tiểu học",
        cat=HDN,
        published_at="2026-11-06",
        blocks=[
            P(
                "Từ ngày 03 đến 05/11, Sở GD&ĐT tổ chức tập huấn giáo dục STEM cho 210 giáo viên"
                " cốt cán cấp tiểu học tại hai điểm Tuyên Quang và Hà Giang."
            ),
            P(
                "Học viên được hướng dẫn thiết kế bài học STEM theo chủ đề, sử dụng bộ thiết bị"
                " lắp ghép tối thiểu và đánh giá năng lực học sinh qua sản phẩm. Mỗi nhóm thực hành"
                " xây dựng một bài học hoàn chỉnh và dạy thử trên lớp."
            ),
            Img(media("tap-huan-stem-tieu-hoc.jpg", W800), None, None, "media"),
            Raw("embed:Xq7uLm2vT0c"),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm hướng dẫn đồng nghiệp tại trường"
                " qua sinh hoạt chuyên môn; mỗi trường tiểu học thực hiện ít nhất bốn bài học STEM"
                " trong học kỳ I."
            ),
        ],
        opts={"when": datetime(2026, 11, 6, 8, 30), "tags": ["STEM", "tập huấn"]},
    ),
    Story(
        id=2420,
        slug="truong-mam-non-hoa-mai-huong-ung-ngay-hoi-doc-sach",
        title="Trường Mầm non Hoa Mai hưởng ứng Ngày hội đọc sách",
        cat=TTCS,
        published_at="2026-11-03",
        blocks=[
            P(
                "Trường Mầm non Hoa Mai (phường Hà Giang 1) tổ chức Ngày hội đọc sách với chủ đề"
                " “Bé yêu sách” cho gần 300 trẻ cùng phụ huynh."
            ),
            Img(
                media("z5987412630518_4c1f0b8e2d.jpg", W600),
                "z5987412630518_4c1f0b8e2d",
                None,
                "em",
            ),
            P(
                "Các cô giáo kể chuyện theo tranh, hướng dẫn phụ huynh cách đọc sách cùng con tại"
                " nhà; trẻ được tự chọn sách, xem tranh và kể lại câu chuyện mình thích."
            ),
            Img(
                media("mam-non-hoa-mai-goc-sach.jpg", W600),
                "Góc sách do phụ huynh và nhà trường cùng xây dựng",
                "Góc sách do phụ huynh và nhà trường cùng xây dựng",
                "em",
            ),
            P("Dịp này, nhà trường tiếp nhận hơn 400 cuốn sách, truyện tranh do phụ huynh ủng hộ."),
            Raw('<p style="text-align: right;">Phạm Thị Thu Hà</p>'),
        ],
        authors=["Phạm Thị Thu Hà"],
        opts={"when": datetime(2026, 11, 3, 9, 40), "tags": ["văn hóa đọc"]},
    ),
    Story(
        id=2414,
        slug="trien-khai-nhiem-vu-giao-duc-the-chat-va-the-thao-truong-hoc",
        title="Triển khai nhiệm vụ giáo dục thể chất và thể thao trường học",
        cat=HDN,
        published_at="2026-10-28",
        blocks=[
            P(
                "Sở GD&ĐT vừa tổ chức hội nghị triển khai nhiệm vụ giáo dục thể chất, hoạt động thể"
                " thao trường học năm học 2026 - 2027 với sự tham dự của cán bộ phụ trách công tác"
                " thể thao các trường trung học."
            ),
            P(
                "Năm học này, ngành tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ nhất sau hợp nhất,"
                " dự kiến vào tháng 4/2027 với 9 môn thi đấu; các trường tăng cường dạy bơi, phòng"
                " chống đuối nước cho học sinh."
            ),
            Img(
                media("giao-duc-the-chat-2026.jpg", W800),
                "Học sinh Trường THCS Tân Trào trong giờ học bóng chuyền",
                "Học sinh Trường THCS Tân Trào trong giờ học bóng chuyền",
                "figure",
            ),
            P(
                "Hội nghị cũng thống nhất lịch thi đấu các giải thể thao học sinh và việc sử dụng"
                " sân bãi, nhà đa năng ngoài giờ học."
            ),
            Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT tỉnh Tuyên Quang</em></p>'),
        ],
        source="Cổng TTĐT tỉnh Tuyên Quang",
        opts={"when": datetime(2026, 10, 28, 15, 10), "tags": ["thể thao"], "nfd": True},
    ),
    Story(
        id=2408,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS",
        cat=HDN,
        published_at="2026-10-22",
        summary=(
            "Sáng 21/10, Sở GD&ĐT khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học"
            " 2026 - 2027 với 186 giáo viên dự thi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi diễn ra từ ngày 21 đến 30/10 tại 6 trường THCS. Mỗi giáo viên trình bày"
                " biện pháp nâng cao chất lượng giảng dạy và thực hành dạy hai tiết trên lớp."
            ),
            Img(
                media("khai-mac-gvdg-thcs-1.jpg", W800),
                "Các đại biểu dự lễ khai mạc Hội thi",
                "Các đại biểu dự lễ khai mạc Hội thi",
                "pcap",
            ),
            P(
                "Hội thi nhằm phát hiện, bồi dưỡng và tôn vinh những giáo viên có năng lực chuyên"
                " môn tốt, lan tỏa các cách làm hay trong đổi mới phương pháp dạy học theo Chương"
                " trình giáo dục phổ thông 2018."
            ),
            Img(
                media("khai-mac-gvdg-thcs-2.jpg", W800),
                "Giáo viên bốc thăm bài dạy",
                "Giáo viên bốc thăm bài dạy",
                "pcap",
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Ma Văn Toàn</strong></p>'),
        ],
        authors=["Ma Văn Toàn"],
        photographers=["Ma Văn Toàn"],
        opts={"when": datetime(2026, 10, 22, 10, 0), "tags": ["giáo viên dạy giỏi"]},
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def article_path(s: Story) -> str:
    return f"{s.cat}{s.slug}/"


def in_cat(cat: str) -> list[Story]:
    if cat == NEWS_ROOT:
        return [s for s in _LATEST if s.cat in (HDN, TTCS)]
    return [s for s in _LATEST if s.cat == cat]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def alt_paths(s: Story) -> list[str]:
    path = article_path(s)
    return [path.rstrip("/"), f"/{s.id}", f"/?umbPageID={s.id}"]


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=alt_paths(s)) for s in _LATEST
]


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str

    @property
    def path(self) -> str:
        return f"/van-ban-chi-dao/{self.slug}/"

    @property
    def file(self) -> str:
        return media(f"{self.slug}.pdf")


DOCS: list[Doc] = [
    Doc(2463, "3215-sgddt-gdtrh", "3215/SGDĐT-GDTrH", "Công văn", date(2026, 11, 24),
        "Phạm Văn Tiến", "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027"),
    Doc(2457, "438-kh-sgddt", "438/KH-SGDĐT", "Kế hoạch", date(2026, 11, 20), "Đỗ Thị Thanh",
        "Kế hoạch phòng, chống rét cho học sinh mùa đông năm 2026"),
    Doc(2444, "1402-qd-sgddt", "1402/QĐ-SGDĐT", "Quyết định", date(2026, 11, 13),
        "Phạm Văn Tiến", "Quyết định thành lập Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12"),
    Doc(2429, "3088-sgddt-tccb", "3088/SGDĐT-TCCB", "Công văn", date(2026, 11, 5),
        "Đỗ Thị Thanh", "V/v đánh giá, xếp loại viên chức năm 2026"),
    Doc(2411, "402-kh-sgddt", "402/KH-SGDĐT", "Kế hoạch", date(2026, 10, 23), "Phạm Văn Tiến",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp tỉnh năm học 2026 - 2027"),
    Doc(2402, "2950-sgddt-ctttpc", "2950/SGDĐT-CTTT", "Công văn", date(2026, 10, 14),
        "Đỗ Thị Thanh", "V/v tăng cường phòng, chống đuối nước cho học sinh"),
]  # fmt: skip
_DOC_PATHS = {d.path: d for d in DOCS}


@dataclass(frozen=True)
class Album:
    slug: str
    title: str
    day: date
    photos: tuple[tuple[str, str], ...]

    @property
    def path(self) -> str:
        return f"/thu-vien-anh/{self.slug}/"


ALBUMS: list[Album] = [
    Album("le-ky-niem-ngay-nha-giao-viet-nam-2026", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
          date(2026, 11, 20), (
              ("album-2011-1.jpg", "Lãnh đạo tỉnh tặng hoa chúc mừng ngành Giáo dục"),
              ("album-2011-2.jpg", "Tiết mục văn nghệ chào mừng của học sinh"),
              ("album-2011-3.jpg", "Các nhà giáo tiêu biểu chụp ảnh lưu niệm"),
          )),
    Album("khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 - 2027",
          date(2026, 9, 5), (
              ("album-kg-1.jpg", "Học sinh lớp 10 Trường THPT Chuyên Hà Giang dự lễ khai giảng"),
              ("album-kg-2.jpg", "Đánh trống khai giảng năm học mới"),
          )),
]  # fmt: skip
_ALBUM_PATHS = {a.path: a for a in ALBUMS}

#: static content pages: path -> (node id, title, paragraphs)
PAGES: dict[str, tuple[int, str, list[str]]] = {
    "/gioi-thieu/": (1102, "Giới thiệu chung", [
        "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
        "Sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang, toàn tỉnh có 1.024 cơ sở giáo dục"
        " mầm non, phổ thông và giáo dục thường xuyên với hơn 390.000 học sinh.",
    ]),
    "/gioi-thieu/co-cau-to-chuc/": (1104, "Cơ cấu tổ chức", [
        "Lãnh đạo Sở: Giám đốc và 04 Phó Giám đốc.",
        "Các phòng chuyên môn: Văn phòng; Thanh tra; phòng Tổ chức cán bộ; phòng Kế hoạch - Tài"
        " chính; phòng Giáo dục mầm non và tiểu học; phòng Giáo dục trung học; phòng Giáo dục"
        " thường xuyên và Quản lý chất lượng.",
    ]),
}  # fmt: skip


def _paged(path: str) -> list[str]:
    """A listing's pager targets (page 1 is linked as ``?page=1`` too); none on a single page."""
    pages = _pages(len(in_cat(path)), PER_PAGE)
    return [f"{path}?page={n}" for n in range(1, pages + 1)] if pages > 1 else []


NON_ARTICLES: list[str] = [
    "/",
    NEWS_ROOT,
    *_paged(NEWS_ROOT),
    *CATS,
    *(t for c in CATS for t in _paged(c)),
    "/van-ban-chi-dao/",
    *(f"/van-ban-chi-dao/?page={n}" for n in (1, 2)),
    *(d.path for d in DOCS),
    "/thu-vien-anh/",
    *(a.path for a in ALBUMS),
    *PAGES,
    "/lien-he/",
    "/dang-nhap/",
    "/tim-kiem/?tag=STEM",
    SOFT_404,
    *(f"{article_path(s)}?{PRINT}" for s in _LATEST),
]


# --- rendering ------------------------------------------------------------------------------

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _udi(seed: str) -> str:
    return "umb://media/" + hashlib.md5(seed.encode()).hexdigest()


def _para(b: P, s: Story) -> str:
    if b.style.startswith("a|"):
        _, href, phrase = b.style.split("|", 2)
        before, after = b.text.split(phrase, 1)
        inner = f'{_t(before, s)}<a href="{esc(href)}">{_t(phrase, s)}</a>{_t(after, s)}'
    else:
        inner = _t(b.text, s).replace(". ", ".&nbsp;", 1)
    return f'<p style="text-align: justify;">{inner}</p>'


def _figcaption_media(img: Img, s: Story) -> str:
    cap = f"<figcaption>{_t(img.printed, s)}</figcaption>" if img.printed else ""
    return (
        f'<figure class="umb-media"><img src="{esc(img.src)}" alt="{esc(img.caption or "")}"'
        f' class="img-responsive" />{cap}</figure>'
    )


def _control(kind: str, inner: str) -> str:
    return f'<div class="umb-control umb-control--{kind}">\n{inner}\n</div>'


def _rte_image(img: Img, s: Story) -> str:
    w, h = (600, 400) if "width=600" in img.src else (800, 533)
    tag = (
        f'<p style="text-align: center;"><img style="width: {w}px; height: {h}px;"'
        f' src="{esc(img.src)}" alt="" width="{w}" height="{h}" data-udi="{_udi(img.src)}" /></p>'
    )
    if img.printed:
        tag += f'\n<p style="text-align: center;"><em>{_t(img.printed, s)}</em></p>'
    return tag


def _controls(s: Story) -> list[tuple[str, str]]:
    """The left section's controls in order: (kind, html); kind "pair" marks a 6/6 row."""
    out: list[tuple[str, str]] = []
    rte: list[str] = []
    table: list[P] = []
    items: list[P] = []

    def flush_lists() -> None:
        if table:
            head = table[0] if table[0].style == "th" else None
            rows = table[1:] if head else table
            thead = ""
            if head:
                thead = (
                    "<thead><tr>"
                    + "".join(f"<th>{_t(c.strip(), s)}</th>" for c in head.text.split(" | "))
                    + "</tr></thead>"
                )
            body = "".join(
                "<tr>"
                + "".join(f"<td>{_t(c.strip(), s)}</td>" for c in r.text.split(" | "))
                + "</tr>\n"
                for r in rows
            )
            rte.append(
                '<table class="table table-bordered" style="width: 100%;">'
                f"{thead}<tbody>\n{body}</tbody></table>"
            )
            table.clear()
        if items:
            rte.append("<ol>\n" + "".join(f"<li>{_t(i.text, s)}</li>\n" for i in items) + "</ol>")
            items.clear()

    def flush() -> None:
        flush_lists()
        if rte:
            out.append(("rte", "\n".join(rte)))
            rte.clear()

    for b in s.blocks:
        if isinstance(b, P):
            if b.style in ("th", "tr"):
                table.append(b)
                continue
            if b.style == "li":
                items.append(b)
                continue
            flush_lists()
            if b.style == "h":
                flush()
                out.append(("headline", f"<h1>{_t(b.text, s)}</h1>"))
            elif b.style == "quote":
                flush()
                out.append(("quote", f"<blockquote>{_t(b.text, s)}</blockquote>"))
            else:
                rte.append(_para(b, s))
        elif isinstance(b, Img):
            flush_lists()
            if b.style == "em":
                rte.append(_rte_image(b, s))
                continue
            flush()
            if b.style in ("figure", "pair"):
                out.append(("pair" if b.style == "pair" else "media", _figcaption_media(b, s)))
            elif b.style == "pcap":
                out.append(
                    ("media", f'<img src="{esc(b.src)}" alt="{esc(b.caption or "")}">'
                     f'\n<p class="caption">{_t(b.printed or "", s)}</p>')
                )  # fmt: skip
            else:  # a media control without caption: the alt text is the file's name
                alt = b.src.rsplit("/", 1)[1].split("?")[0]
                out.append(("media", f'<img src="{esc(b.src)}" alt="{alt}">'))
        else:
            flush_lists()
            if b.html.startswith("embed:"):
                flush()
                vid = b.html.split(":", 1)[1]
                out.append((
                    "embed",
                    '<div class="video-wrapper"><iframe width="560" height="315"'
                    f' src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0"'
                    ' allowfullscreen></iframe></div>',
                ))  # fmt: skip
            else:
                rte.append(b.html)
    flush()
    return out


def _grid_row(areas: list[tuple[int, list[str]]]) -> str:
    cols = "\n".join(
        f'<div class="col-md-{w} column">\n<div>\n' + "\n".join(ctrls) + "\n</div>\n</div>"
        for w, ctrls in areas
    )
    return f'<div>\n<div class="row clearfix">\n{cols}\n</div>\n</div>'


def _side_section() -> str:
    docs = "".join(
        f'<li><a href="{d.path}">{esc(d.number)}</a> <span class="date">({_dmy(d.issued)})</span>'
        f"<br />{esc(d.abstract)}</li>"
        for d in DOCS[:4]
    )
    macro = _control(
        "macro",
        '<div class="macro-van-ban-moi"><h3 class="macro-title">Văn bản mới</h3>'
        f'<ul class="list-unstyled">{docs}</ul>'
        '<a class="xem-tat-ca" href="/van-ban-chi-dao/">Xem tất cả »</a></div>',
    )
    banner = _control(
        "media",
        f'<a href="https://dichvucong.gov.vn/" target="_blank"><img src="'
        f'{esc(media("banner-dich-vu-cong.png", "width=360&height=120"))}" alt="Cổng dịch vụ công'
        ' quốc gia"></a>',
    )
    return _grid_row([(12, [macro, banner])])


def _grid(s: Story, with_side: bool = True) -> str:
    rows: list[str] = []
    current: list[str] = []
    pair: list[str] = []
    for kind, inner in _controls(s):
        if kind == "pair":
            if current:
                rows.append(_grid_row([(12, current)]))
                current = []
            pair.append(_control("media", inner))
            continue
        if pair:
            rows.append(_grid_row([(6, [p]) for p in pair]))
            pair = []
        current.append(_control(kind, inner))
    if pair:
        rows.append(_grid_row([(6, [p]) for p in pair]))
    if current:
        rows.append(_grid_row([(12, current)]))
    left = (
        '<div class="grid-section">\n<div class="col-md-8 column">\n'
        + "\n".join(rows)
        + "\n</div>\n</div>"
    )
    right = ""
    if with_side:
        right = (
            '\n<div class="grid-section">\n<div class="col-md-4 column">\n'
            + _side_section()
            + "\n</div>\n</div>"
        )
    return (
        '<div class="umb-grid">\n<div class="container">\n<div class="row clearfix">\n'
        f"{left}{right}\n</div>\n</div>\n</div>"
    )


def _menu(active: str) -> str:
    def li(href: str, label: str, sub: list[tuple[str, str]] | None = None) -> str:
        cls = (
            ' class="active"' if active.startswith(href) and (href != "/" or active == "/") else ""
        )
        if not sub:
            return f'<li{cls}><a href="{href}">{label}</a></li>'
        inner = "".join(f'<li><a href="{h}">{lbl}</a></li>' for h, lbl in sub)
        return (
            f'<li class="dropdown{" active" if cls else ""}"><a href="{href}" class="dropdown-toggle">'
            f'{label} <b class="caret"></b></a><ul class="dropdown-menu">{inner}</ul></li>'
        )

    return (
        '<nav class="navbar navbar-default main-nav"><div class="container">'
        '<ul class="nav navbar-nav">'
        + li("/", '<i class="fa fa-home"></i> Trang chủ')
        + li("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"),
                                            ("/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức")])
        + li(NEWS_ROOT, "Tin tức", [(HDN, CATS[HDN]), (TTCS, CATS[TTCS])])
        + li(TB, "Thông báo")
        + li("/van-ban-chi-dao/", "Văn bản chỉ đạo")
        + li("/thu-vien-anh/", "Thư viện ảnh")
        + li("/lien-he/", "Liên hệ")
        + "</ul></div></nav>"
    )  # fmt: skip


def _footer() -> str:
    return (
        '<footer class="site-footer"><div class="container"><div class="row">'
        '<div class="col-md-8 footer-info">'
        f"<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ {esc(SITE.upper())}</strong></p>"
        "<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Tuyên Quang</p>"
        f"<p>Địa chỉ: {esc(ADDRESS)}</p>"
        f"<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>Giấy phép số 08/GP-TTĐT ngày 14/3/2026 của Sở Văn hóa, Thể thao và Du lịch.</p>"
        "</div>"
        '<div class="col-md-4 footer-stats"><h4>Thống kê truy cập</h4><ul class="list-unstyled">'
        "<li>Đang truy cập: <span>37</span></li><li>Hôm nay: <span>1.486</span></li>"
        "<li>Tháng này: <span>48.215</span></li><li>Tổng lượt truy cập: <span>3.204.771</span></li>"
        "</ul></div></div>"
        '<div class="copyright">© 2026 Bản quyền thuộc Sở GD&amp;ĐT Tuyên Quang. Thiết kế và'
        " phát triển bởi Công ty CP Giải pháp phần mềm Sơn Hà.</div></div></footer>"
    )


def _page(
    title: str,
    main: str,
    request: Request,
    *,
    active: str = "/",
    head: str = "",
    crumbs: list[tuple[str, str | None]] | None = None,
    body_cls: str = "",
) -> Response:
    crumb = ""
    if crumbs is not None:
        items = ['<li><a href="/">Trang chủ</a></li>'] + [
            f'<li><a href="{h}">{esc(n)}</a></li>' if h else f'<li class="active">{esc(n)}</li>'
            for n, h in crumbs
        ]
        crumb = '<div class="container"><ol class="breadcrumb">' + "".join(items) + "</ol></div>\n"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} | {esc(SHORT)}</title>
{head}<link rel="stylesheet" href="/css/bootstrap.min.css" />
<link rel="stylesheet" href="/css/site.css?v=3.2.1" />
<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)}" href="/rss/" />
<link rel="shortcut icon" href="/favicon.ico" />
</head>
<body class="{body_cls}">
<div class="top-bar"><div class="container">
<span class="today"><i class="fa fa-calendar"></i> {TODAY}</span>
<span class="top-links"><a href="/dang-nhap/"><i class="fa fa-user"></i> Đăng nhập</a> | <a href="/sitemap.xml">Sơ đồ site</a> | <a href="/rss/">RSS</a></span>
</div></div>
<header class="site-header"><div class="container">
<a class="logo" href="/"><img src="/images/logo-sgddt.png" alt="{esc(SITE)}" /></a>
<div class="site-name"><span class="line1">UBND TỈNH TUYÊN QUANG</span><span class="line2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>
<form class="search-box" action="/tim-kiem/" method="get"><input type="text" name="q" placeholder="Tìm kiếm..." /><button type="submit"><i class="fa fa-search"></i></button></form>
</div></header>
{_menu(active)}
{crumb}<div class="container main-content">
{main}
</div>
{_footer()}
<script src="/scripts/jquery-3.6.0.min.js"></script>
<script src="/scripts/bootstrap.min.js"></script>
<script src="/scripts/site.js?v=3.2.1"></script>
</body>
</html>
"""
    return html(page.replace("\r\n", "\n").replace("\n", "\r\n"))


def _related(s: Story) -> list[Story]:
    return [o for o in in_cat(s.cat) if o.id != s.id][:5]


def _tag_href(tag: str) -> str:
    return f"/tim-kiem/?tag={quote_plus(tag)}"


def _article_main(s: Story, base: str, printing: bool = False) -> str:
    when: datetime = s.opts["when"]
    notice = s.cat == TB
    if notice:
        head = (
            '<header class="notice-header">'
            f'<h1 class="notice-title">{_t(s.title)}</h1>'
            f'<div class="notice-meta">Đăng lúc: {when:%H:%M} - {_dmy(when)} &nbsp;&bull;&nbsp;'
            f" Lượt xem: {s.views()}</div></header>"
        )
    else:
        head = (
            '<header class="news-detail__header">'
            f'<h1 class="news-detail__title">{_t(s.title)}</h1>'
            '<div class="news-detail__meta"><span class="post-date"><i class="fa fa-calendar-o">'
            f'</i> Ngày đăng: {_dmy(when)}</span> <span class="sep">|</span> <span'
            f' class="post-views">Lượt xem: {s.views()}</span></div></header>'
        )
    lead = f'<p class="lead">{_t(s.summary, s)}</p>' if s.summary else ""
    if printing:
        return head + lead + _grid(s, with_side=False)
    tools = (
        '<div class="news-detail__tools">'
        '<a href="javascript:void(0)" class="font-minus" title="Giảm cỡ chữ">A-</a> '
        '<a href="javascript:void(0)" class="font-plus" title="Tăng cỡ chữ">A+</a> '
        f'<a href="{article_path(s)}?{PRINT}" target="_blank" rel="nofollow"><i class="fa fa-print">'
        "</i> In bài viết</a> "
        '<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u='
        f'{quote(base + article_path(s), safe="")}" target="_blank">Chia sẻ Facebook</a> '
        '<a class="share-zalo" href="javascript:void(0)" data-href="'
        f'{base}{article_path(s)}">Zalo</a>'
        '<div class="short-link">Đường dẫn rút gọn: <input type="text" readonly="readonly"'
        f' value="{base}/{s.id}" /></div></div>'
    )
    attach = ""
    if s.opts.get("file"):
        f = s.opts["file"]
        attach = (
            '<div class="attachments"><strong>Tệp đính kèm:</strong> <a href="'
            f'{media(f)}" target="_blank"><i class="fa fa-file-pdf-o"></i> {f}</a></div>'
        )
    tags = "".join(f'<a href="{_tag_href(t)}" rel="tag">{esc(t)}</a> ' for t in s.opts["tags"])
    rel = "".join(
        f'<li><a href="{article_path(o)}">{_t(o.title)}</a> <span class="date">'
        f"({_dmy(o.opts['when'])})</span></li>"
        for o in _related(s)
    )
    cls = "notice-detail" if notice else "news-detail"
    return (
        f'<article class="{cls}" data-node="{s.id}">\n{head}\n{tools}\n{lead}\n{_grid(s)}\n'
        f"{attach}"
        f'<div class="news-detail__footer"><div class="tags"><span>Từ khóa:</span> {tags}</div>'
        '<div class="fb-like" data-layout="button_count"></div></div>\n</article>\n'
        '<section class="related-news"><h3 class="section-title">Tin cùng chuyên mục</h3>'
        f'<ul class="list-unstyled">{rel}</ul></section>'
    )


def _article(s: Story, request: Request) -> Response:
    base = base_url(request)
    desc = esc(s.summary or next(b.text for b in s.blocks if isinstance(b, P))[:160])
    head = (
        f'<link rel="canonical" href="{base}{article_path(s)}" />\n'
        f'<meta name="description" content="{desc}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base}{article_path(s)}" />\n'
        f'<meta property="og:image" content="{base}{esc(_thumb(s))}" />\n'
    )
    crumbs: list[tuple[str, str | None]] = []
    if s.cat != TB:
        crumbs.append(("Tin tức", NEWS_ROOT))
    crumbs += [(CATS[s.cat], s.cat), (s.title, None)]
    return _page(esc(s.title), _article_main(s, base), request, active=s.cat, head=head,
                 crumbs=crumbs, body_cls=f"bai-viet node-{s.id}")  # fmt: skip


def _print(s: Story, request: Request) -> Response:
    base = base_url(request)
    page = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
        '<meta name="robots" content="noindex, nofollow" />\n'
        f'<link rel="canonical" href="{base}{article_path(s)}" />\n'
        f"<title>{esc(s.title)} | {esc(SHORT)}</title>\n"
        '<link rel="stylesheet" href="/css/print.css" />\n</head>\n'
        '<body class="print-page" onload="window.print()">\n'
        f'<div class="print-header">{esc(SITE.upper())}<br />{esc(ADDRESS)}</div>\n'
        f"{_article_main(s, base, printing=True)}\n"
        f'<div class="print-footer">Địa chỉ bài viết: {base}{article_path(s)}<br />'
        '<a href="javascript:window.close()">Đóng cửa sổ</a></div>\n</body>\n</html>\n'
    )
    return html(page.replace("\n", "\r\n"))


def _thumb(s: Story) -> str:
    return media(f"anh-dai-dien-{s.id}.jpg", "anchor=center&mode=crop&width=360&height=240"
                 f"&rnd={133760000000000000 + s.id * 7919}")  # fmt: skip


def _excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(first) <= 180:
        return first
    return first[:180].rsplit(" ", 1)[0] + "..."


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _pager(page: int, pages: int, size: int) -> str:
    extra = f"&amp;pageSize={size}" if size != PER_PAGE else ""

    def link(n: int, label: str) -> str:
        return f'<li><a href="?page={n}{extra}">{label}</a></li>'

    if pages <= 1:
        return ""
    items = [link(1, "«") if page > 1 else '<li class="disabled"><span>«</span></li>']
    for n in range(1, pages + 1):
        items.append(f'<li class="active"><span>{n}</span></li>' if n == page else link(n, str(n)))
    items.append(link(pages, "»") if page < pages else '<li class="disabled"><span>»</span></li>')
    return '<nav class="pager-wrap"><ul class="pagination">' + "".join(items) + "</ul></nav>"


def _listing(path: str, request: Request) -> Response:
    params = request.params
    size = min(max(_int(params.get("pageSize"), PER_PAGE), 1), 50)
    page = max(_int(params.get("page"), 1), 1)
    stories = in_cat(path)
    pages = _pages(len(stories), size)
    shown = stories[(page - 1) * size : page * size]
    name = "Tin tức" if path == NEWS_ROOT else CATS[path]
    items = "\n".join(
        '<div class="news-item media">'
        f'<a class="news-item__thumb pull-left" href="{article_path(s)}"><img src="'
        f'{esc(_thumb(s))}" alt="{esc(s.title)}" /></a><div class="media-body">'
        f'<h3 class="news-item__title"><a href="{article_path(s)}">{_t(s.title)}</a></h3>'
        f'<span class="news-item__date"><i class="fa fa-clock-o"></i> {_dmy(s.opts["when"])}'
        f'</span><p class="news-item__desc">{esc(_excerpt(s))}</p></div></div>'
        for s in shown
    )
    if not shown:
        items = '<div class="alert alert-info">Chưa có bài viết trong mục này.</div>'
    active = ' class="active"'
    sizes = " | ".join(
        f'<a href="?pageSize={n}"{active if n == size else ""}>{n}</a>' for n in PAGE_SIZES
    )
    subcats = ""
    if path == NEWS_ROOT:
        subcats = (
            '<ul class="nav nav-pills sub-cats">'
            + "".join(f'<li><a href="{c}">{CATS[c]}</a></li>' for c in (HDN, TTCS))
            + "</ul>"
        )
    main = (
        '<div class="row"><div class="col-md-8">'
        f'<h1 class="category-title">{name}</h1>{subcats}'
        f'<div class="list-toolbar"><span class="page-size">Số tin/trang: {sizes}</span></div>'
        f'<div class="news-list">\n{items}\n</div>{_pager(page, pages, size)}</div>'
        f'<div class="col-md-4">{_sidebar()}</div></div>'
    )
    crumbs: list[tuple[str, str | None]] = []
    if path in (HDN, TTCS):
        crumbs.append(("Tin tức", NEWS_ROOT))
    crumbs.append((name, None))
    head = f'<link rel="canonical" href="{base_url(request)}{path}" />\n'
    return _page(name, main, request, active=path, head=head, crumbs=crumbs, body_cls="danh-muc")


def _sidebar() -> str:
    top = sorted(STORIES, key=lambda s: (-s.views(), s.id))[:5]
    most = "".join(
        f'<li><a href="/?umbPageID={s.id}">{_t(s.title)}</a> <span class="views">({s.views()}'
        " lượt xem)</span></li>"
        for s in top
    )
    latest = "".join(
        f'<li><a href="{article_path(s)}">{_t(s.title)}</a> <span class="date">'
        f"{_dmy(s.opts['when'])}</span></li>"
        for s in _LATEST[:5]
    )
    banners = "".join(
        f'<a href="{href}" target="_blank"><img src="/images/banner/{img}" alt="{alt}" /></a>'
        for href, img, alt in (
            ("https://moet.gov.vn/", "bo-gddt.png", "Bộ Giáo dục và Đào tạo"),
            ("https://csdl.moet.gov.vn/", "csdl-nganh.png", "Cơ sở dữ liệu ngành"),
            ("https://tuyenquang.gov.vn/", "cong-ttdt-tinh.png", "Cổng TTĐT tỉnh Tuyên Quang"),
        )
    )
    return (
        '<aside class="sidebar"><div class="widget"><h3 class="widget-title">Tin mới nhất</h3>'
        f'<ul class="list-unstyled">{latest}</ul></div>'
        '<div class="widget"><h3 class="widget-title">Tin xem nhiều</h3>'
        f'<ul class="list-unstyled">{most}</ul></div>'
        f'<div class="widget banners">{banners}</div>'
        '<div class="widget"><h3 class="widget-title">Liên kết website</h3>'
        '<select onchange="window.open(this.value)"><option>-- Chọn website --</option>'
        '<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://thisinh.thitotnghiepthpt.edu.vn/">Hệ thống thi THPT</option>'
        "</select></div></aside>"
    )


def _home(request: Request) -> Response:
    hot = _LATEST[:3]
    slide = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{article_path(s)}"><img src="'
        f'{esc(media(f"slide-{s.id}.jpg", "width=750&height=420&mode=crop"))}" alt="" /></a>'
        f'<div class="carousel-caption"><a href="{article_path(s)}">{_t(s.title)}</a></div></div>'
        for i, s in enumerate(hot)
    )
    boxes = ""
    for c in (HDN, TTCS):
        entries = "".join(
            f'<li><a href="{article_path(s)}">{_t(s.title)}</a> <span class="date">'
            f"({_dmy(s.opts['when'])})</span></li>"
            for s in in_cat(c)[:4]
        )
        boxes += (
            f'<div class="home-box"><h2 class="home-box__title"><a href="{c}">{CATS[c]}</a></h2>'
            f'<ul class="list-unstyled">{entries}</ul><a class="more" href="{c}">Xem thêm</a></div>'
        )
    notices = "".join(f'<li><a href="{article_path(s)}">{_t(s.title)}</a></li>' for s in in_cat(TB))
    docs = "".join(
        f'<tr><td><a href="{d.path}">{esc(d.number)}</a></td><td>{_dmy(d.issued)}</td>'
        f"<td>{esc(d.abstract)}</td></tr>"
        for d in DOCS[:4]
    )
    albums = "".join(
        f'<div class="col-xs-6"><a href="{a.path}"><img src="{esc(media(a.photos[0][0], "width=300&height=200&mode=crop"))}"'
        f' alt="" /><span>{esc(a.title)}</span></a></div>'
        for a in ALBUMS
    )  # fmt: skip
    main = (
        '<div class="row"><div class="col-md-8">'
        f'<div id="home-slider" class="carousel slide"><div class="carousel-inner">{slide}</div></div>'
        f"{boxes}"
        '<div class="home-box"><h2 class="home-box__title"><a href="/van-ban-chi-dao/">Văn bản chỉ'
        f' đạo mới</a></h2><table class="table table-striped">{docs}</table></div>'
        '<div class="home-box"><h2 class="home-box__title"><a href="/thu-vien-anh/">Thư viện ảnh'
        f'</a></h2><div class="row">{albums}</div></div>'
        '</div><div class="col-md-4"><div class="widget notice-box"><h3 class="widget-title">'
        f'<a href="{TB}">Thông báo</a></h3><ul class="list-unstyled">{notices}</ul></div>'
        f"{_sidebar()}</div></div>"
    )
    return _page("Trang chủ", main, request, active="/", body_cls="trang-chu")


def _doc_library(request: Request) -> Response:
    params = request.params
    kind = params.get("loai", "")
    docs = [d for d in DOCS if not kind or d.kind == kind]
    page = max(_int(params.get("page"), 1), 1)
    pages = _pages(len(docs), DOCS_PER_PAGE)
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="{d.path}">{esc(d.number)}</a></td><td>{_dmy(d.issued)}</td>'
        f'<td><a href="{d.path}">{esc(d.abstract)}</a></td>'
        f'<td><a href="{d.file}" title="Tải về"><i class="fa fa-download"></i></a></td></tr>'
        for i, d in enumerate(docs[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE],
                              start=(page - 1) * DOCS_PER_PAGE + 1)
    )  # fmt: skip
    options = "".join(
        f'<option value="{k}"{" selected" if k == kind else ""}>{k or "-- Tất cả --"}</option>'
        for k in ("", "Công văn", "Kế hoạch", "Quyết định")
    )
    pager = ""
    if pages > 1:
        pager = '<ul class="pagination">' + "".join(
            f'<li class="active"><span>{n}</span></li>' if n == page
            else f'<li><a href="/van-ban-chi-dao/?page={n}">{n}</a></li>'
            for n in range(1, pages + 1)
        ) + "</ul>"  # fmt: skip
    main = (
        '<h1 class="category-title">Văn bản chỉ đạo</h1>'
        '<form class="form-inline doc-filter" method="get" action="/van-ban-chi-dao/">'
        f'<label>Loại văn bản</label> <select name="loai" class="form-control">{options}</select>'
        ' <button type="submit" class="btn btn-primary">Lọc</button></form>'
        '<table class="table table-bordered doc-table"><thead><tr><th>STT</th><th>Số/Ký hiệu</th>'
        "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>{pager}"
    )
    return _page("Văn bản chỉ đạo", main, request, active="/van-ban-chi-dao/",
                 crumbs=[("Văn bản chỉ đạo", None)], body_cls="van-ban")  # fmt: skip


def _doc_page(d: Doc, request: Request) -> Response:
    rows = "".join(
        f"<tr><th>{k}</th><td>{v}</td></tr>"
        for k, v in (
            ("Số/Ký hiệu", esc(d.number)),
            ("Loại văn bản", d.kind),
            ("Ngày ban hành", _dmy(d.issued)),
            ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
            ("Người ký", esc(d.signer)),
            ("Trích yếu", esc(d.abstract)),
            ("Tệp đính kèm", f'<a href="{d.file}"><i class="fa fa-file-pdf-o"></i>'
                             f" {d.slug}.pdf</a>"),
        )
    )  # fmt: skip
    main = (
        f'<div class="doc-detail"><h1 class="doc-title">{esc(d.abstract)}</h1>'
        f'<table class="table table-bordered doc-fields">{rows}</table>'
        '<a href="/van-ban-chi-dao/" class="btn btn-default">« Quay lại danh sách</a></div>'
    )
    head = f'<link rel="canonical" href="{base_url(request)}{d.path}" />\n'
    return _page(esc(d.abstract), main, request, active="/van-ban-chi-dao/", head=head,
                 crumbs=[("Văn bản chỉ đạo", "/van-ban-chi-dao/"), (d.number, None)],
                 body_cls="van-ban-chi-tiet")  # fmt: skip


def _gallery(request: Request) -> Response:
    items = "".join(
        f'<div class="col-sm-6 album-item"><a href="{a.path}"><img src="'
        f'{esc(media(a.photos[0][0], "width=360&height=240&mode=crop"))}" alt="" /></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{_dmy(a.day)}</span>'
        f" - {len(a.photos)} ảnh</div>"
        for a in ALBUMS
    )
    main = f'<h1 class="category-title">Thư viện ảnh</h1><div class="row">{items}</div>'
    return _page("Thư viện ảnh", main, request, active="/thu-vien-anh/",
                 crumbs=[("Thư viện ảnh", None)], body_cls="thu-vien-anh")  # fmt: skip


def _album(a: Album, request: Request) -> Response:
    photos = "".join(
        f'<div class="col-sm-4 photo"><a href="{media(f)}" data-lightbox="album" data-title="'
        f'{esc(c)}"><img src="{esc(media(f, "width=360&height=240&mode=crop"))}" alt="{esc(c)}" />'
        f'</a><p class="photo-caption">{esc(c)}</p></div>'
        for f, c in a.photos
    )
    main = (
        f'<div class="album-detail"><h1 class="album-title">{esc(a.title)}</h1>'
        f'<div class="album-meta">Ngày đăng: {_dmy(a.day)} | {len(a.photos)} ảnh</div>'
        f'<div class="row">{photos}</div></div>'
    )
    return _page(esc(a.title), main, request, active="/thu-vien-anh/",
                 crumbs=[("Thư viện ảnh", "/thu-vien-anh/"), (a.title, None)],
                 body_cls="album")  # fmt: skip


def _static(path: str, request: Request) -> Response:
    _nid, title, paras = PAGES[path]
    grid = (
        '<div class="umb-grid">\n<div class="grid-section">\n<div>\n<div class="container">\n'
        '<div class="row clearfix">\n<div class="col-md-12 column">\n<div>\n'
        + _control("rte", "".join(f"<p>{esc(p)}</p>" for p in paras))
        + "\n</div>\n</div>\n</div>\n</div>\n</div>\n</div>\n</div>"
    )
    crumbs: list[tuple[str, str | None]] = [(title, None)]
    if path != "/gioi-thieu/":
        crumbs.insert(0, ("Giới thiệu", "/gioi-thieu/"))
    main = f'<h1 class="page-title">{title}</h1>\n{grid}'
    return _page(title, main, request, active="/gioi-thieu/", crumbs=crumbs, body_cls="trang-tinh")


def _contact(request: Request) -> Response:
    form = (
        '<div class="umbraco-forms-page"><form action="/lien-he/" enctype="multipart/form-data"'
        ' method="post"><input name="__RequestVerificationToken" type="hidden" value="'
        f'{hashlib.sha256(b"csrf").hexdigest()}" />'
        '<fieldset class="umbraco-forms-fieldset"><div class="umbraco-forms-field hovaten">'
        '<label class="umbraco-forms-label">Họ và tên <span class="umbraco-forms-indicator">*'
        '</span></label><input type="text" name="ho_ten" class="text" /></div>'
        '<div class="umbraco-forms-field email"><label class="umbraco-forms-label">Email</label>'
        '<input type="email" name="email" class="text" /></div>'
        '<div class="umbraco-forms-field noidung"><label class="umbraco-forms-label">Nội dung'
        '</label><textarea name="noi_dung" rows="5"></textarea></div></fieldset>'
        '<div class="umbraco-forms-navigation"><input type="submit" class="btn primary"'
        ' value="Gửi liên hệ" /></div></form></div>'
    )
    info = (
        f"<p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p>"
        f"<p>Điện thoại: {PHONE}</p><p>Đường dây nóng: {HOTLINE}</p><p>Email: {EMAIL}</p>"
    )
    main = f'<h1 class="page-title">Liên hệ</h1><div class="row"><div class="col-md-5">{info}</div><div class="col-md-7">{form}</div></div>'
    return _page("Liên hệ", main, request, active="/lien-he/", crumbs=[("Liên hệ", None)],
                 body_cls="lien-he")  # fmt: skip


def _login(request: Request) -> Response:
    main = (
        '<h1 class="page-title">Đăng nhập</h1>'
        '<form action="/umbraco/Surface/UmbLoginSurface/HandleLogin" method="post"'
        ' class="form-horizontal login-form">'
        '<div class="form-group"><label>Tên đăng nhập</label><input type="text" name="Username"'
        ' class="form-control" /></div><div class="form-group"><label>Mật khẩu</label>'
        '<input type="password" name="Password" class="form-control" /></div>'
        '<button type="submit" class="btn btn-primary">Đăng nhập</button></form>'
    )
    return _page("Đăng nhập", main, request, crumbs=[("Đăng nhập", None)], body_cls="dang-nhap")


def _search(request: Request) -> Response:
    params = request.params
    q = params.get("q", "").strip()
    tag = unquote_plus(params.get("tag", "")).strip()
    found: list[Story] = []
    if tag:
        found = [s for s in _LATEST if tag in s.opts["tags"]]
        label = f"Từ khóa: {esc(tag)}"
    elif q:
        found = [s for s in _LATEST if q.lower() in s.title.lower()]
        label = f"Kết quả tìm kiếm cho “{esc(q)}”"
    else:
        label = "Nhập từ khóa để tìm kiếm."
    items = "".join(
        f'<li><a href="{article_path(s)}">{_t(s.title)}</a> <span class="date">'
        f"{_dmy(s.opts['when'])}</span></li>"
        for s in found
    )
    main = (
        '<h1 class="page-title">Tìm kiếm</h1>'
        '<form action="/tim-kiem/" method="get" class="form-inline"><input type="text" name="q"'
        f' value="{esc(q)}" class="form-control" /> <button class="btn">Tìm</button></form>'
        f'<p class="search-summary">{label} ({len(found)} kết quả)</p>'
        f'<ul class="search-results">{items}</ul>'
    )
    return _page("Tìm kiếm", main, request, crumbs=[("Tìm kiếm", None)], body_cls="tim-kiem")


def _not_found(request: Request, soft: bool = False) -> Response:
    main = (
        '<div class="page-404"><h1 class="page-title">Không tìm thấy trang</h1>'
        "<p>Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>"
        '<p><a href="/">Quay về trang chủ</a></p></div>'
    )
    resp = _page("Không tìm thấy trang", main, request, body_cls="loi-404")
    if not soft:
        resp.status = 404
    return resp


_BOM = "\ufeff"


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    entries = [("/", TODAY_DAY), (NEWS_ROOT, TODAY_DAY)]
    entries += [(c, TODAY_DAY) for c in CATS]
    entries += [(article_path(s), s.opts["when"].date()) for s in _LATEST]
    entries += [("/van-ban-chi-dao/", TODAY_DAY)] + [(d.path, d.issued) for d in DOCS]
    entries += [("/thu-vien-anh/", TODAY_DAY)] + [(a.path, a.day) for a in ALBUMS]
    entries += [(p, date(2026, 3, 14)) for p in PAGES] + [("/lien-he/", date(2026, 3, 14))]
    urls = "".join(
        f"<url><loc>{base}{p}</loc><lastmod>{d:%Y-%m-%d}</lastmod></url>" for p, d in entries
    )
    body = (
        f'{_BOM}<?xml version="1.0" encoding="utf-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
    return Response(200, body.encode("utf-8"), {"Content-Type": "text/xml; charset=utf-8"})


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(_excerpt(s))}</description>"
        f"<pubDate>{WD_EN[s.opts['when'].weekday()]}, {s.opts['when']:%d} "
        f"{MON_EN[s.opts['when'].month - 1]} {s.opts['when']:%Y %H:%M:%S} +0700</pubDate>"
        f'<guid isPermaLink="false">{s.id}</guid></item>'
        for s in _LATEST[:10]
    )
    body = (
        f'{_BOM}<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(SITE)}</title><link>{base}/</link><description>Tin tức - Sự kiện"
        f"</description><language>vi-VN</language>{items}</channel></rss>"
    )
    return Response(
        200, body.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=utf-8"}
    )


WD_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MON_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TODAY_DAY = date(2026, 11, 25)
ROBOTS = (
    "User-agent: *\nDisallow: /umbraco/\nDisallow: /App_Plugins/\n\nSitemap: {base}/sitemap.xml\n"
)

_ARTICLES = {article_path(s): s for s in STORIES}
_FILES = {media(s.opts["file"]) for s in STORIES if s.opts.get("file")} | {d.file for d in DOCS}
_LISTINGS = (NEWS_ROOT, *CATS)


class UmbracoSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.lower().endswith(".pdf"):
            if path in _FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/media/", "/css/", "/scripts/", "/images/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS.format(base=base_url(request)),
                            {"Content-Type": "text/plain"})  # fmt: skip
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/tin-tuc/chi-tiet.aspx":
            return redirect(SOFT_404, 302)
        if path == "/":
            if "umbPageID" in params:
                s = _BY_ID.get(_int(params["umbPageID"], 0))
                return _article(s, request) if s else _not_found(request)
            return _home(request)
        if m := re.fullmatch(r"/(\d+)/?", path):
            s = _BY_ID.get(int(m.group(1)))
            return _article(s, request) if s else _not_found(request)
        key = path if path.endswith("/") else path + "/"
        if key == "/rss/":
            return _rss(request)
        if key in _ARTICLES:
            s = _ARTICLES[key]
            if params.get("altTemplate", "").lower() == "inbai":
                return _print(s, request)
            return _article(s, request)
        if key in _LISTINGS:
            return _listing(key, request)
        if key == "/van-ban-chi-dao/":
            return _doc_library(request)
        if key in _DOC_PATHS:
            return _doc_page(_DOC_PATHS[key], request)
        if key == "/thu-vien-anh/":
            return _gallery(request)
        if key in _ALBUM_PATHS:
            return _album(_ALBUM_PATHS[key], request)
        if key in PAGES:
            return _static(key, request)
        if key == "/lien-he/":
            return _contact(request)
        if key == "/dang-nhap/":
            return _login(request)
        if key == "/tim-kiem/":
            return _search(request)
        if key == "/loi-404/":
            return _not_found(request, soft=True)
        return _not_found(request)


def build_site() -> UmbracoSite:
    return UmbracoSite()
