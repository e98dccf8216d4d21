"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang on Kentico 12 (ASP.NET Portal Engine).

Imitates a provincial political school's site built by a local vendor on Kentico CMS 12 with the
Portal Engine (ASP.NET WebForms). Every page is one ``form#form`` with ``__CMSCsrfToken``,
``__VIEWSTATE``, ``__EVENTVALIDATION``, a ScriptManager (``Sys.WebForms.PageRequestManager``),
``/WebResource.axd`` and ``/ScriptResource.axd`` scripts and the stylesheet
``/CMSPages/GetResource.ashx?stylesheetname=TCT_Main``; web part ids read ``p_lt_ctl0N_…``.

What it serves:

- News documents in Kentico's year/month hierarchy:
  ``/Tin-tuc/<Chuyen-muc>/<yyyy>/<mm>/<DocumentName>`` (three sections: "Hoạt động đào tạo",
  "Nghiên cứu khoa học", "Hoạt động đoàn thể"). The year and month folders are documents
  too (``/Tin-tuc/Hoat-dong-dao-tao/2026`` and ``…/2026/11`` list their news) and appear in the
  breadcrumbs ("Trang chủ › Tin tức › Hoạt động đào tạo › 2026 › Tháng 11 › <title>").
- Two page types with two transformations. CMS.News (two sections): ``div.NewsDetail.kt-news-
  detail`` with ``h1.NewsTitle``, ``span.NewsDate`` ("Thứ Sáu, 13/11/2026": a day, no time),
  "Người đăng: <login>", "Lượt xem", ``div.NewsSummary`` (the sapo; printed empty when the
  document has none), ``div.NewsText`` (CKEditor HTML: images ``/getattachment/<GUID>/<file>.jpg?
  width=800`` in two-row ``table.image-box`` boxes, or a centred ``<em>`` line under the photo, or
  no line), then the fields "Tác giả:" / "Nguồn:" / "Cập nhật lần cuối:" when filled,
  "Từ khóa:" tags (``/Tin-tuc?tagid=N``), tools ("Chia sẻ" = the permanent link
  ``/getdoc/<NodeGUID>/<DocumentName>``, "In bài" ``/In-bai?nodeid=N``, "Gửi bài"
  ``/Gui-bai?nodeid=N``, Facebook) and a "Tin cùng chuyên mục" repeater with dates; the head
  carries ``article:published_time`` with the release time. The custom type tct.NghienCuu
  ("Nghiên cứu khoa học"): ``div.kt-research-detail``, ``h1.kt-title``, "Tác giả:" above the
  text, "Ngày đăng: 24/11/2026 15:30" (a day and a time), a ``div.kt-abstract`` labelled
  "Tóm tắt:", the text in ``div.kt-content``; no published_time meta.
- Listings with a UniPager: ``/Tin-tuc`` (all news, 4 a page, "Trang 1/4"), each section (3 a
  page; "Hoạt động đào tạo" has 3 pages), ``?page=N`` links in ``ul.pagination`` with "«", "‹",
  numbers, "›", "»" and a "Trang N/M" label; page 1 is the bare path. A page past the end
  answers 200 with "Không có dữ liệu.". Tag listings ``/Tin-tuc?tagid=N``.
- Home ``/`` (slider of the three newest, latest news, one block per section, a calendar teaser),
  chrome on every page: header clock (TODAY), a language switch (VI/EN), "Đăng nhập"
  (``/CMSPages/logon.aspx``), the Kentico smart search box (a WebForms postback: POSTing its
  button answers 302 to ``/Tim-kiem?searchtext=…&searchmode=anyword``), a CSS list mega menu
  (``ul#menuElem.CMSListMenuUL``), CMSBreadCrumbs, a sidebar ("Thông báo" repeater of PDF
  notices with dates, "Tin mới" with dates, "Tin xem nhiều", banner rotator through
  ``/CMSModules/BannerManagement/…/BannerRedirect.ashx``, "Lịch công tác"), a footer with the
  address, telephone, hotline and the counter "Đang truy cập: 23 — Tổng lượt truy cập: 1.034.567".
- Non-articles: ``/Gioi-thieu/Lich-su-hinh-thanh``, ``/Gioi-thieu/Chuc-nang-nhiem-vu``,
  ``/Gioi-thieu/Co-cau-to-chuc`` (``/Gioi-thieu`` itself answers 301 to its first child),
  ``/Lien-he`` (a BizForm with a captcha), ``/Van-ban`` (a document library, CMS.File entries
  ``/Van-ban/<name>`` with ``/getattachment/<GUID>/<file>.pdf`` downloads), ``/Thu-vien-anh``
  (media gallery, albums with ``/getmedia/`` photos), ``/Tim-kiem`` (smart search),
  ``/Lich-cong-tac`` (the week's schedule), print views ``/In-bai?nodeid=N`` (noindex),
  ``/Gui-bai?nodeid=N``, the logon page. A Google sitemap ``/CMSPages/GoogleSiteMap.aspx`` (in
  robots.txt) lists every document; the RSS web part answers ``/Tin-tuc?rss=tintuc`` (ten
  newest; its links are ``/getdoc/`` permanent links, as Kentico's default RSS
  transformation writes them).

Traps and hard cases:

- The same article at several URLs, none printing rel=canonical: the friendly path, the
  ``/getdoc/<GUID>/<name>`` permanent link ("Chia sẻ", og:url, the RSS links), the language
  switch's ``?lang=vi-VN``, ``/CMSPages/PortalTemplate.aspx?aliaspath=<path>`` (the vendor's
  "Tin xem nhiều" transformation links this way) and, for the K45 article, ``?viewmode=3``
  pasted by an editor into another article. All are in ``alt_paths``.
- ``?lang=en-US`` on any page (the "EN" switch): only the home page and "Lịch sử hình thành" are
  translated; every other document answers 200 with an English "Page not found" (a soft 404).
- The calendar web part ``/Lich-cong-tac?date=YYYY-MM-DD`` answers any day and links "‹ Tuần
  trước" / "Tuần sau ›" weeks forever (empty weeks say "Chưa có lịch công tác").
- URLs are case-insensitive and accept a trailing ``.aspx`` (Kentico), never linked that way.
- The breadcrumb's last links are the year/month folders, not the section.
- Text: one article's text is decomposed (NFD, pasted from Word), one mixes raw UTF-8 and
  character references (``&#7897;``, ``&agrave;``).

Gold (by hand), per the project's conventions:

- published_at: CMS.News prints a day only ("Thứ Sáu, 13/11/2026"), so the gold is the day even
  though ``article:published_time`` holds a time. tct.NghienCuu prints "Ngày đăng: dd/mm/yyyy
  HH:MM": the time is kept, except "29/10/2026 00:00", a day. "Cập nhật lần cuối: 16/11/2026
  10:05" on the K45 article is a last-updated stamp, never the publication date.
- summary: ``div.NewsSummary`` / ``div.kt-abstract`` (without "Tóm tắt:"), also the first body
  paragraph; None where the div is empty or absent.
- authors: the in-text signature when the text is signed ("Tin, ảnh: Nguyễn Thu Trang" and
  "Tin và ảnh: Vũ Hải Yến" give both lists; "Tin: Đỗ Thị Hằng - Ảnh: Ngô Quang Vinh" one each;
  "ThS. Lê Văn Hòa - Phòng Quản lý đào tạo" gives "Lê Văn Hòa"; a bare bold "Bùi Thanh Tùng"
  gives him; the bold right-aligned unit "Khoa Lý luận cơ sở" signing the text is the author);
  else the "Tác giả:" field without degrees ("ThS. Nguyễn Thị Lan Anh" -> "Nguyễn Thị Lan Anh";
  "TS. Trần Thị Mai Phương, Nguyễn Văn Thắng" -> two names; "Phòng Quản lý đào tạo", an office,
  is the author). "Người đăng: quantri/admin/bientap…" credits nobody; an empty "Tác giả:" field
  gives nobody. "Nguồn:" goes to source and keeps the author beside it.
- captions: the line under the photo without parentheses and without a leading "Ảnh:"
  ("Ảnh: Quang cảnh Hội thảo" -> "Quang cảnh Hội thảo"); photos with no line have None. The
  image location is the ``src`` as printed (``?width=800`` kept).
- body: the sapo, then the text's paragraphs, list items and bold sub-headings in order; no
  captions, no signatures, no fields, tags or widgets.
- category: the section (the section title bar and the third breadcrumb), never "Tháng 11".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, quote_plus

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

NAME = "kentico_tct"
PLATFORM = "kentico12"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
ADDRESS = "Số 18, đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang"
PHONE = "0207 3 822 456"
HOTLINE = "0912 468 357"
EMAIL = "truongchinhtri@tuyenquang.gov.vn"
TODAY_DATE = date(2026, 11, 25)
NEWS_PER_PAGE = 4
CAT_PER_PAGE = 3
FEED_SIZE = 10
RESEARCH = "Nghien-cuu-khoa-hoc"
_LOCAL = timezone(timedelta(hours=7))

#: sections: URL segment -> printed name
CATS: dict[str, str] = {
    "Hoat-dong-dao-tao": "Hoạt động đào tạo",
    "Nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "Hoat-dong-doan-the": "Hoạt động đoàn thể",
}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _g(key: str) -> str:
    """A deterministic GUID (attachments, documents, media)."""
    h = hashlib.md5(f"kentico_tct:{key}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


# --- the articles -----------------------------------------------------------------------------
# opts: at (datetime of NewsReleaseDate, local), node (NodeID), guid (NodeGUID, the /getdoc/ key),
# poster (the "Người đăng" login), author_field / source_field (the transformation's fields,
# printed as is), updated ("Cập nhật lần cuối" stamp), tags, nfd (text pasted decomposed),
# entities (every=N), teaser (listing thumbnail), doc (DocumentName = the URL's last segment).
# Img styles: table (two-row image box), em (image paragraph + centred <em> line), bare (no line).
# P styles: "" (justified paragraph), h (bold sub-heading paragraph), li (list item),
# "a:<story id>:<phrase>" (the phrase links to that story with the editor's ?viewmode=3).
STORIES: list[Story] = [
    Story(
        id=8,
        slug="Hoi-thao-khoa-hoc-Bao-ve-nen-tang-tu-tuong-cua-Dang-trong-tinh-hinh-moi",
        title="Hội thảo khoa học “Bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới”",
        cat="Nghien-cuu-khoa-hoc",
        published_at="2026-11-24T15:30:00+07:00",
        summary=(
            "Ngày 24/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thảo khoa học cấp"
            " trường “Bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới - thực tiễn tại tỉnh"
            " Tuyên Quang” với 26 tham luận của giảng viên, cán bộ và các nhà khoa học trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự và chủ trì Hội thảo có đồng chí Trần Văn Quý, Phó Trưởng Ban Tuyên giáo và Dân vận"
                " Tỉnh ủy; đồng chí Nguyễn Thị Hương Giang, Hiệu trưởng Nhà trường. Tham dự có đại diện"
                " lãnh đạo các sở, ngành, Trung tâm Chính trị các huyện, thành phố và toàn thể giảng viên"
                " của Trường."
            ),
            Img(
                f"/getattachment/{_g('hoithao-1')}/hoi-thao-nen-tang-tu-tuong-1.jpg?width=800",
                "Ảnh: Quang cảnh Hội thảo",
                "Quang cảnh Hội thảo",
                "table",
            ),
            P(
                "Phát biểu đề dẫn, đồng chí Hiệu trưởng nhấn mạnh: bảo vệ nền tảng tư tưởng của Đảng,"
                " đấu tranh phản bác các quan điểm sai trái, thù địch là nhiệm vụ thường xuyên của các"
                " trường chính trị. Mỗi giảng viên phải là một “chiến sĩ” trên mặt trận tư tưởng, gắn"
                " bài giảng với thực tiễn địa phương."
            ),
            P(
                "Các tham luận tập trung làm rõ những phương thức, thủ đoạn mới của các thế lực thù địch"
                " trên không gian mạng; kinh nghiệm xây dựng lực lượng nòng cốt đấu tranh trên mạng xã hội"
                " ở cơ sở; vai trò của đội ngũ báo cáo viên, tuyên truyền viên trong định hướng dư luận."
            ),
            Img(
                f"/getattachment/{_g('hoithao-2')}/hoi-thao-nen-tang-tu-tuong-2.jpg?width=800",
                "Ảnh: Đồng chí Trần Văn Quý phát biểu tại Hội thảo",
                "Đồng chí Trần Văn Quý phát biểu tại Hội thảo",
                "table",
            ),
            P(
                "Kết luận Hội thảo, đồng chí chủ trì đề nghị Nhà trường tiếp thu các ý kiến, hoàn thiện kỷ"
                " yếu và đưa các kết quả nghiên cứu vào nội dung giảng dạy các lớp trung cấp lý luận"
                " chính trị, bồi dưỡng cán bộ trong năm học 2026 - 2027."
            ),
        ],
        authors=["Trần Thị Mai Phương", "Nguyễn Văn Thắng"],
        opts={
            "at": datetime(2026, 11, 24, 15, 30),
            "node": 1287,
            "author_field": "TS. Trần Thị Mai Phương, Nguyễn Văn Thắng",
            "tags": ["Hội thảo khoa học", "Nền tảng tư tưởng"],
        },
    ),
    Story(
        id=11,
        slug="Cong-doan-Truong-gap-mat-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam",
        title="Công đoàn Trường gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Hoat-dong-doan-the",
        published_at="2026-11-21",
        blocks=[
            P(
                "Chiều 19/11/2026, Công đoàn Trường Chính trị tỉnh Tuyên Quang tổ chức gặp mặt kỷ niệm"
                " 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Tới dự có các đồng chí nguyên"
                " lãnh đạo Nhà trường qua các thời kỳ, các thầy giáo, cô giáo đã nghỉ hưu."
            ),
            P(
                "Tại buổi gặp mặt, các đại biểu cùng ôn lại truyền thống vẻ vang của ngành giáo dục và"
                " chặng đường hơn 75 năm xây dựng, phát triển của Nhà trường. Nhiều thế hệ giảng viên đã"
                " tận tụy với sự nghiệp đào tạo, bồi dưỡng cán bộ cho tỉnh."
            ),
            Img(
                f"/getattachment/{_g('2011-1')}/gap-mat-20-11-2026.jpg?width=800",
                "Các đồng chí nguyên lãnh đạo Nhà trường tặng hoa chúc mừng giảng viên",
                "Các đồng chí nguyên lãnh đạo Nhà trường tặng hoa chúc mừng giảng viên",
                "table",
            ),
            Img(
                f"/getattachment/{_g('2011-2')}/gap-mat-20-11-2026-02.jpg?width=800",
                None,
                None,
                "bare",
            ),
            P(
                "Dịp này, Công đoàn Trường trao giấy khen cho 06 giảng viên đạt giải trong Hội giảng cấp"
                " trường và tặng quà cho 12 đồng chí nhà giáo đã nghỉ hưu."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Vũ Hải Yến</strong></p>'),
        ],
        authors=["Vũ Hải Yến"],
        photographers=["Vũ Hải Yến"],
        opts={
            "at": datetime(2026, 11, 21, 9, 10),
            "node": 1285,
            "poster": "bientap",
            "tags": ["Ngày Nhà giáo Việt Nam", "Công đoàn"],
        },
    ),
    Story(
        id=1,
        slug="Be-mac-lop-Boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-khoa-12",
        title="Bế mạc lớp Bồi dưỡng lý luận chính trị dành cho đảng viên mới khóa 12",
        cat="Hoat-dong-dao-tao",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11/2026, Trường Chính trị tỉnh tổ chức bế mạc lớp Bồi dưỡng lý luận chính trị"
            " dành cho đảng viên mới khóa 12 năm 2026 cho 68 học viên thuộc Đảng bộ Khối các cơ quan"
            " tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong 10 ngày học tập, các học viên đã được nghiên cứu 7 chuyên đề về chủ nghĩa Mác -"
                " Lênin, tư tưởng Hồ Chí Minh; Cương lĩnh, Điều lệ Đảng; nhiệm vụ của người đảng viên"
                " và những nội dung cơ bản của Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."
            ),
            P(
                "Kết quả kiểm tra cuối khóa, 100% học viên đạt yêu cầu, trong đó 41 học viên đạt loại"
                " giỏi. Cùng thời gian này, lớp Trung cấp lý luận chính trị K45 vừa khai giảng đã đi vào"
                " nề nếp học tập.",
                "a:2:lớp Trung cấp lý luận chính trị K45",
            ),
            Img(
                f"/getattachment/{_g('bemac-12')}/be-mac-dang-vien-moi-k12.jpg?width=800",
                "Lãnh đạo Nhà trường trao giấy chứng nhận cho các học viên đạt kết quả xuất sắc",
                "Lãnh đạo Nhà trường trao giấy chứng nhận cho các học viên đạt kết quả xuất sắc",
                "em",
            ),
            P(
                "Phát biểu bế mạc, đồng chí Phó Hiệu trưởng đề nghị các học viên tiếp tục tu dưỡng, rèn"
                " luyện, vận dụng kiến thức đã học vào thực tiễn công tác, xứng đáng với danh hiệu"
                " người đảng viên Đảng Cộng sản Việt Nam."
            ),
            Raw('<p style="text-align: right;"><strong>Khoa Lý luận cơ sở</strong></p>'),
        ],
        authors=["Khoa Lý luận cơ sở"],
        opts={
            "at": datetime(2026, 11, 20, 10, 45),
            "node": 1284,
            "poster": "tct_bientap",
            "tags": ["Đảng viên mới"],
        },
    ),
    Story(
        id=2,
        slug="Khai-giang-lop-Trung-cap-ly-luan-chinh-tri-K45",
        title="Khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung",
        cat="Hoat-dong-dao-tao",
        published_at="2026-11-13",
        summary=(
            "Sáng 12/11/2026, Trường Chính trị tỉnh Tuyên Quang khai giảng lớp Trung cấp lý luận"
            " chính trị K45 hệ không tập trung cho 92 học viên là cán bộ, công chức cấp xã và cán bộ"
            " các cơ quan, đơn vị trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Nguyễn Thị Hương Giang, Hiệu trưởng Nhà trường; đại diện"
                " lãnh đạo Ban Tổ chức Tỉnh ủy, các khoa, phòng chuyên môn và đông đủ học viên của lớp."
            ),
            Img(
                f"/getattachment/{_g('k45-1')}/khai-giang-k45-01.jpg?width=800",
                "(Đồng chí Nguyễn Thị Hương Giang, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học)",
                "Đồng chí Nguyễn Thị Hương Giang, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "table",
            ),
            P(
                "Lớp học được tổ chức trong thời gian 8 tháng, gồm 4 phần học với 18 học phần theo chương"
                " trình do Học viện Chính trị quốc gia Hồ Chí Minh ban hành. Học viên học tập tập trung"
                " 01 tuần mỗi tháng tại Trường, thời gian còn lại tự nghiên cứu tài liệu."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng đề nghị học viên nghiêm túc chấp hành quy"
                " chế đào tạo, phát huy tinh thần tự học, gắn lý luận với thực tiễn công tác tại cơ sở;"
                " đội ngũ giảng viên đổi mới phương pháp giảng dạy, tăng cường trao đổi, thảo luận."
            ),
            Img(
                f"/getattachment/{_g('k45-2')}/khai-giang-k45-02.jpg?width=640&height=427",
                "(Toàn cảnh lễ khai giảng)",
                "Toàn cảnh lễ khai giảng",
                "table",
            ),
            P(
                "Ngay sau lễ khai giảng, lớp học bắt đầu học phần đầu tiên “Những vấn đề cơ bản của chủ"
                " nghĩa Mác - Lênin”."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Tin, ảnh: Nguyễn Thu Trang</em></strong></p>'
            ),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        opts={
            "at": datetime(2026, 11, 13, 8, 20),
            "node": 1279,
            "guid": "5f0e3c1a-8b2d-4e6f-9a7c-1d2e3f405162",
            "poster": "tct_bientap",
            "updated": "16/11/2026 10:05",
            "tags": ["Trung cấp lý luận chính trị", "Khai giảng"],
        },
    ),
    Story(
        id=3,
        slug="Lop-Cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-huyen-Lam-Binh",
        title="Lớp Cao cấp lý luận chính trị hệ không tập trung nghiên cứu thực tế tại huyện Lâm Bình",
        cat="Hoat-dong-dao-tao",
        published_at="2026-11-05",
        summary=(
            "Từ ngày 02 đến 04/11/2026, lớp Cao cấp lý luận chính trị hệ không tập trung B24 (do Học"
            " viện Chính trị khu vực I phối hợp với Trường mở) đã đi nghiên cứu thực tế tại huyện"
            " Lâm Bình."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã làm việc với Ban Thường vụ Huyện ủy Lâm Bình, nghe báo cáo kết quả thực hiện"
                " Nghị quyết Đại hội Đảng bộ huyện, những kết quả nổi bật trong phát triển du lịch cộng"
                " đồng gắn với bảo tồn văn hóa của đồng bào dân tộc Tày, Dao, Mông."
            ),
            Img(
                f"/getattachment/{_g('lambinh-1')}/thuc-te-lam-binh-01.jpg?width=800",
                "Ảnh: Đoàn làm việc với Ban Thường vụ Huyện ủy Lâm Bình",
                "Đoàn làm việc với Ban Thường vụ Huyện ủy Lâm Bình",
                "em",
            ),
            P(
                "Học viên đã đi thực tế tại khu du lịch sinh thái Na Hang - Lâm Bình, thôn Nà Thuôn (xã"
                " Thượng Lâm) và trao đổi với cán bộ, người dân về mô hình homestay, hợp tác xã sản xuất"
                " thổ cẩm."
            ),
            Img(
                f"/getattachment/{_g('lambinh-2')}/thuc-te-lam-binh-02.jpg?width=800",
                None,
                None,
                "bare",
            ),
            P(
                "Qua chuyến nghiên cứu thực tế, các học viên có thêm tư liệu để hoàn thành bài thu hoạch,"
                " đồng thời học hỏi kinh nghiệm trong lãnh đạo, chỉ đạo phát triển kinh tế - xã hội ở"
                " địa bàn vùng cao."
            ),
        ],
        authors=["Hoàng Minh Đức"],
        opts={
            "at": datetime(2026, 11, 5, 16, 0),
            "node": 1271,
            "poster": "quantri",
            "author_field": "Hoàng Minh Đức",
            "tags": ["Cao cấp lý luận chính trị", "Nghiên cứu thực tế"],
        },
    ),
    Story(
        id=9,
        slug="Nghiem-thu-04-de-tai-khoa-hoc-cap-co-so-nam-2026",
        title="Nghiệm thu 04 đề tài khoa học cấp cơ sở năm 2026",
        cat="Nghien-cuu-khoa-hoc",
        published_at="2026-10-29",
        blocks=[
            P(
                "Ngày 28/10/2026, Hội đồng khoa học Nhà trường tổ chức nghiệm thu 04 đề tài khoa học cấp"
                " cơ sở năm 2026 do giảng viên các khoa chủ trì."
            ),
            P("Các đề tài được nghiệm thu gồm:"),
            P(
                "Nâng cao chất lượng viết bài thu hoạch nghiên cứu thực tế của học viên hệ trung cấp;",
                "li",
            ),
            P("Ứng dụng bản đồ tư duy trong giảng dạy môn Lịch sử Đảng Cộng sản Việt Nam;", "li"),
            P("Thực trạng và giải pháp xây dựng đội ngũ báo cáo viên cấp xã ở Tuyên Quang;", "li"),
            P("Số hóa tư liệu truyền thống của Trường Chính trị tỉnh giai đoạn 1949 - 2026.", "li"),
            P(
                "Hội đồng đánh giá các đề tài có tính ứng dụng cao; 03 đề tài xếp loại xuất sắc, 01 đề tài"
                " xếp loại khá. Kết quả nghiên cứu sẽ được phổ biến trong toàn Trường từ học kỳ II."
            ),
            Raw('<p style="text-align: right;"><strong>Bùi Thanh Tùng</strong></p>'),
        ],
        authors=["Bùi Thanh Tùng"],
        opts={
            "at": datetime(2026, 10, 29, 0, 0),
            "node": 1266,
            "tags": ["Đề tài khoa học"],
        },
    ),
    Story(
        id=4,
        slug="Hoi-giang-giang-vien-cap-truong-nam-2026",
        title="Hội giảng giảng viên cấp trường năm 2026",
        cat="Hoat-dong-dao-tao",
        published_at="2026-10-22",
        blocks=[
            P(
                "Từ ngày 19 đến 21/10/2026, Trường Chính trị tỉnh tổ chức Hội giảng giảng viên cấp trường"
                " năm 2026 với sự tham gia của 14 giảng viên thuộc 04 khoa chuyên môn."
            ),
            P(
                "Các bài giảng bám sát chương trình Trung cấp lý luận chính trị, nhiều giảng viên ứng dụng"
                " công nghệ thông tin, tổ chức thảo luận nhóm, nêu tình huống gắn với thực tiễn của tỉnh."
            ),
            Img(
                f"/getattachment/{_g('hoigiang')}/hoi-giang-2026.jpg?width=800",
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng tại Hội giảng",
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng tại Hội giảng",
                "em",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 02 giải Nhất, 02 giải Nhì, 02 giải Ba và 04 giải Khuyến khích."
            ),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        opts={
            "at": datetime(2026, 10, 22, 14, 15),
            "node": 1262,
            "poster": "tct_bientap",
            "author_field": "ThS. Nguyễn Thị Lan Anh",
            "empty_summary": True,
            "tags": ["Hội giảng"],
        },
    ),
    Story(
        id=12,
        slug="Chi-doan-Truong-Chinh-tri-ra-quan-tinh-nguyen-tai-xa-Hung-Loi",
        title="Chi đoàn Trường Chính trị ra quân tình nguyện tại xã Hùng Lợi",
        cat="Hoat-dong-doan-the",
        published_at="2026-10-15",
        blocks=[
            P(
                "Hưởng ứng Tháng hành động vì an sinh xã hội, ngày 11/10/2026, Chi đoàn Trường Chính trị"
                " tỉnh phối hợp với Đoàn xã Hùng Lợi (huyện Yên Sơn) tổ chức chương trình tình nguyện"
                " “Ấm áp vùng cao”."
            ),
            P(
                "Các đoàn viên đã sửa chữa, sơn lại 02 phòng học tại điểm trường Khuôn Khán, trao tặng"
                " 80 suất quà gồm áo ấm, sách vở cho học sinh có hoàn cảnh khó khăn và tổ chức các trò"
                " chơi dân gian cho các em."
            ),
            Img(
                f"/getattachment/{_g('hungloi')}/tinh-nguyen-hung-loi.jpg?width=800",
                "Đoàn viên Chi đoàn trao quà cho học sinh điểm trường Khuôn Khán",
                "Đoàn viên Chi đoàn trao quà cho học sinh điểm trường Khuôn Khán",
                "em",
            ),
            P(
                "Tổng giá trị chương trình hơn 45 triệu đồng do đoàn viên và các nhà hảo tâm đóng góp."
            ),
        ],
        authors=["Lò Văn Sơn"],
        source="Báo Tuyên Quang điện tử",
        opts={
            "at": datetime(2026, 10, 15, 7, 50),
            "node": 1258,
            "poster": "doanthanhnien",
            "author_field": "Lò Văn Sơn",
            "source_field": "Báo Tuyên Quang điện tử",
            "tags": ["Tình nguyện", "Đoàn thanh niên"],
        },
    ),
    Story(
        id=5,
        slug="To-chuc-thi-tot-nghiep-lop-Trung-cap-ly-luan-chinh-tri-K42",
        title="Tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị K42",
        cat="Hoat-dong-dao-tao",
        published_at="2026-10-08",
        blocks=[
            P(
                "Trong hai ngày 06 và 07/10/2026, Trường Chính trị tỉnh tổ chức thi tốt nghiệp cho 87 học"
                " viên lớp Trung cấp lý luận chính trị K42 hệ không tập trung mở tại Trung tâm Chính trị"
                " huyện Hàm Yên."
            ),
            P(
                "Học viên thi hai môn: Môn thứ nhất gồm những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư"
                " tưởng Hồ Chí Minh; môn thứ hai là kỹ năng lãnh đạo, quản lý và vận dụng đường lối của"
                " Đảng vào thực tiễn địa phương, cơ sở."
            ),
            P(
                "Kỳ thi được tổ chức nghiêm túc, đúng quy chế. Kết quả thi sẽ được công bố sau khi Hội đồng"
                " chấm thi hoàn thành việc chấm và phúc khảo theo quy định."
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={
            "at": datetime(2026, 10, 8, 9, 30),
            "node": 1251,
            "poster": "quantri",
            "author_field": "Phòng Quản lý đào tạo",
            "entities": 2,
            "tags": ["Trung cấp lý luận chính trị", "Thi tốt nghiệp"],
        },
    ),
    Story(
        id=6,
        slug="Boi-duong-cap-nhat-kien-thuc-cho-can-bo-dien-Ban-Thuong-vu-Huyen-uy-quan-ly",
        title="Bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Huyện ủy quản lý",
        cat="Hoat-dong-dao-tao",
        published_at="2026-09-25",
        summary=(
            "Ngày 24/9/2026, Trường Chính trị tỉnh phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tổ"
            " chức lớp bồi dưỡng cập nhật kiến thức năm 2026 cho cán bộ lãnh đạo, quản lý thuộc diện"
            " Ban Thường vụ các huyện ủy, thành ủy quản lý."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học có 135 học viên là trưởng, phó các phòng, ban, đơn vị cấp huyện và bí thư, chủ"
                " tịch UBND các xã, phường, thị trấn."
            ),
            P(
                "Học viên được nghe giới thiệu các chuyên đề: tình hình thế giới, khu vực và những vấn đề"
                " đặt ra đối với Việt Nam; chuyển đổi số trong hoạt động của hệ thống chính trị; kỹ năng"
                " xử lý tình huống trên mạng xã hội của người cán bộ lãnh đạo."
            ),
            Img(
                f"/getattachment/{_g('capnhat')}/boi-duong-cap-nhat-kien-thuc-2026.jpg?width=800",
                "Quang cảnh lớp bồi dưỡng",
                "Quang cảnh lớp bồi dưỡng",
                "table",
            ),
            P(
                "Lớp học kết thúc cùng ngày; các học viên được cấp giấy chứng nhận hoàn thành chương trình."
            ),
        ],
        source="Ban Tuyên giáo và Dân vận Tỉnh ủy",
        opts={
            "at": datetime(2026, 9, 25, 10, 0),
            "node": 1243,
            "poster": "quantri",
            "source_field": "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "tags": ["Bồi dưỡng cán bộ"],
        },
    ),
    Story(
        id=7,
        slug="Khai-giang-lop-boi-duong-nghiep-vu-cong-tac-Mat-tran-co-so-nam-2026",
        title="Khai giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận cơ sở năm 2026",
        cat="Hoat-dong-dao-tao",
        published_at="2026-09-16",
        blocks=[
            P(
                "Sáng 15/9/2026, tại Trường Chính trị tỉnh, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Nhà"
                " trường khai giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận năm 2026 cho 110 học viên là"
                " chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường, thị trấn."
            ),
            Img(
                f"/getattachment/{_g('mattran')}/boi-duong-mat-tran-2026.jpg?width=800",
                "Các học viên dự lễ khai giảng",
                "Các học viên dự lễ khai giảng",
                "em",
            ),
            P(
                "Trong 05 ngày, học viên được trang bị kiến thức về công tác giám sát và phản biện xã hội,"
                " tiếp công dân, hòa giải ở cơ sở, tổ chức cuộc vận động “Toàn dân đoàn kết xây dựng nông"
                " thôn mới, đô thị văn minh”."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Đỗ Thị Hằng - Ảnh: Ngô Quang Vinh</strong></p>'
            ),
        ],
        authors=["Đỗ Thị Hằng"],
        photographers=["Ngô Quang Vinh"],
        opts={
            "at": datetime(2026, 9, 16, 15, 40),
            "node": 1238,
            "poster": "tct_bientap",
            "tags": ["Mặt trận Tổ quốc"],
        },
    ),
    Story(
        id=10,
        slug="Van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị",
        cat="Nghien-cuu-khoa-hoc",
        published_at="2026-08-27T08:45:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học là yêu cầu"
            " cấp thiết để nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị ở các trường chính"
            " trị cấp tỉnh hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Sự cần thiết đổi mới phương pháp giảng dạy", "h"),
            P(
                "Học viên các lớp trung cấp lý luận chính trị phần lớn là cán bộ đã có kinh nghiệm thực"
                " tiễn. Phương pháp thuyết trình một chiều khiến bài giảng khô cứng, chưa khai thác được"
                " vốn hiểu biết và trải nghiệm của người học."
            ),
            P("2. Một số phương pháp dạy học tích cực", "h"),
            P(
                "Giảng viên có thể vận dụng linh hoạt các phương pháp: nêu vấn đề, thảo luận nhóm, nghiên"
                " cứu tình huống, đóng vai và sử dụng bản đồ tư duy. Mỗi phương pháp cần được lựa chọn phù"
                " hợp với nội dung từng bài và đặc điểm đối tượng học viên."
            ),
            P("3. Điều kiện bảo đảm", "h"),
            P(
                "Để các phương pháp dạy học tích cực phát huy hiệu quả, nhà trường cần đầu tư cơ sở vật"
                " chất, bồi dưỡng kỹ năng sư phạm cho giảng viên và đổi mới hình thức kiểm tra, đánh giá"
                " theo hướng vận dụng."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Lê Văn Hòa - Phòng Quản lý đào tạo</strong></p>'
            ),
        ],
        authors=["Lê Văn Hòa"],
        opts={
            "at": datetime(2026, 8, 27, 8, 45),
            "node": 1207,
            "nfd": True,
            "tags": ["Phương pháp giảng dạy"],
        },
    ),
    Story(
        id=13,
        slug="Hoi-thao-chao-mung-97-nam-Ngay-thanh-lap-Cong-doan-Viet-Nam",
        title="Hội thao chào mừng 97 năm Ngày thành lập Công đoàn Việt Nam",
        cat="Hoat-dong-doan-the",
        published_at="2026-07-28",
        blocks=[
            P(
                "Chào mừng 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2026), Công đoàn"
                " Trường Chính trị tỉnh tổ chức Hội thao với các môn: bóng chuyền hơi, kéo co và cầu lông."
            ),
            Img(
                f"/getattachment/{_g('hoithao-cd')}/hoi-thao-cong-doan-2026.jpg?width=800",
                None,
                None,
                "bare",
            ),
            P(
                "Sau hai ngày thi đấu sôi nổi, tổ Công đoàn Khoa Lý luận cơ sở giành giải Nhất toàn đoàn,"
                " giải Nhì thuộc về tổ Công đoàn Văn phòng."
            ),
        ],
        opts={
            "at": datetime(2026, 7, 28, 16, 20),
            "node": 1189,
            "poster": "admin",
            "empty_author": True,
            "tags": ["Công đoàn", "Thể thao"],
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_BY_NODE = {s.opts["node"]: s for s in STORIES}


def guid(s: Story) -> str:
    return s.opts.get("guid") or _g(f"doc-{s.id}")


def when(s: Story) -> datetime:
    return s.opts["at"]


def article_path(s: Story) -> str:
    at = when(s)
    return f"/Tin-tuc/{s.cat}/{at:%Y}/{at:%m}/{s.slug}"


def getdoc_path(s: Story) -> str:
    return f"/getdoc/{guid(s)}/{s.slug}"


def aliaspath_path(s: Story) -> str:
    return "/CMSPages/PortalTemplate.aspx?aliaspath=" + quote(article_path(s), safe="")


VIEWMODE_STORY = 2  # an editor pasted this article's link with ?viewmode=3 into story 1


def alt_paths(s: Story) -> list[str]:
    out = [getdoc_path(s), article_path(s) + "?lang=vi-VN", aliaspath_path(s)]
    if s.id == VIEWMODE_STORY:
        out.append(article_path(s) + "?viewmode=3")
    return out


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=when, reverse=True)


def pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


TAGS: dict[str, int] = {}
for _s in newest():
    for _t in _s.opts.get("tags", []):
        TAGS.setdefault(_t, 101 + len(TAGS))
_TAG_BY_ID = {v: k for k, v in TAGS.items()}

#: "Tin xem nhiều": the four most viewed, linked through PortalTemplate.aspx?aliaspath=
TOP_VIEWED = sorted(STORIES, key=lambda s: (-s.views(), s.id))[:4]


def _months(cat: str) -> list[tuple[int, int]]:
    return sorted({(when(s).year, when(s).month) for s in STORIES if s.cat == cat}, reverse=True)


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=alt_paths(s)) for s in newest()
]

# --- the other documents ----------------------------------------------------------------------

STATIC_PAGES: dict[str, tuple[str, list[str]]] = {
    "/Gioi-thieu/Lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh Tuyên Quang, được thành"
            " lập tháng 8 năm 1949 tại xã Kim Quan, huyện Yên Sơn, trong những năm kháng chiến chống"
            " thực dân Pháp.",
            "Qua các thời kỳ, Trường mang các tên gọi: Trường Đảng tỉnh, Trường Lý luận chính trị tỉnh,"
            " Trường Đào tạo cán bộ Tô Hiệu và từ năm 1996 là Trường Chính trị tỉnh Tuyên Quang theo"
            " Quyết định của Ban Thường vụ Tỉnh ủy.",
            "Hơn 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán"
            " bộ, đảng viên; được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất (2019) và"
            " nhiều phần thưởng cao quý khác. Năm 2022, Trường được công nhận đạt chuẩn mức 1.",
        ],
    ),
    "/Gioi-thieu/Chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy và UBND tỉnh, có chức"
            " năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; trưởng,"
            " phó phòng, ban và tương đương cấp huyện; cán bộ, công chức, viên chức ở tỉnh.",
            "Nhà trường tổ chức đào tạo trung cấp lý luận chính trị; bồi dưỡng cập nhật kiến thức; liên"
            " kết đào tạo cao cấp lý luận chính trị và đại học; nghiên cứu khoa học phục vụ giảng dạy và"
            " tổng kết thực tiễn ở địa phương.",
        ],
    ),
    "/Gioi-thieu/Co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng Nguyễn Thị Hương Giang; các Phó Hiệu trưởng Đặng Quốc Huy, Ma"
            " Thị Thu Hiền.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo; Phòng Quản lý khoa"
            " học và Thông tin tư liệu.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật;"
            " Khoa Dân vận.",
        ],
    ),
}
EN_ABOUT = [
    "Tuyen Quang Provincial Political School was founded in August 1949 as the Provincial Party"
    " School in Kim Quan commune, Yen Son district.",
    "The School trains and refreshes leaders and managers of the political system at grassroots"
    " level and civil servants of the province.",
]

DOCS: list[dict] = [
    {
        "slug": "Ke-hoach-dao-tao-boi-duong-nam-2027",
        "so": "215/KH-TCT",
        "title": "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
        "date": "18/11/2026",
        "file": "ke-hoach-dao-tao-boi-duong-2027.pdf",
        "size": "412 KB",
    },
    {
        "slug": "Quyet-dinh-mo-lop-Trung-cap-LLCT-K45",
        "so": "198/QĐ-TCT",
        "title": "Quyết định mở lớp Trung cấp lý luận chính trị K45 hệ không tập trung",
        "date": "02/11/2026",
        "file": "qd-mo-lop-tccT-k45.pdf",
        "size": "186 KB",
    },
    {
        "slug": "Quy-che-dao-tao-trung-cap-ly-luan-chinh-tri",
        "so": "76/QC-TCT",
        "title": "Quy chế đào tạo trung cấp lý luận chính trị",
        "date": "15/05/2026",
        "file": "quy-che-dao-tao-tccT.pdf",
        "size": "1,2 MB",
    },
    {
        "slug": "Lich-thi-tot-nghiep-lop-K42",
        "so": "181/TB-TCT",
        "title": "Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị K42",
        "date": "25/09/2026",
        "file": "tb-lich-thi-k42.pdf",
        "size": "98 KB",
    },
]
for _d in DOCS:
    _d["guid"] = _g("file-" + _d["slug"])
    _d["href"] = f"/getattachment/{_d['guid']}/{_d['file']}"

NOTICES: list[tuple[str, str, str]] = [  # (date, title, attachment)
    (
        "23/11/2026",
        "Thông báo lịch học tập trung tháng 12 lớp TCLLCT K45",
        "tb-lich-hoc-k45-thang-12.pdf",
    ),
    (
        "18/11/2026",
        "Thông báo tuyển sinh lớp Trung cấp LLCT hệ tập trung năm 2027",
        "tb-tuyen-sinh-2027.pdf",
    ),
    (
        "09/11/2026",
        "Thông báo nghỉ học bù lớp Bồi dưỡng đảng viên mới khóa 12",
        "tb-nghi-hoc-bu-k12.pdf",
    ),
    (
        "28/10/2026",
        "Danh sách học viên đủ điều kiện thi tốt nghiệp lớp K42",
        "ds-du-dieu-kien-k42.pdf",
    ),
]
_NOTICE_FILES = {f"/getattachment/{_g('tb-' + f)}/{f}" for _, _, f in NOTICES}

ALBUMS: list[tuple[str, str, str, int]] = [  # (slug, title, date, photos)
    ("Le-khai-giang-lop-K45", "Lễ khai giảng lớp Trung cấp lý luận chính trị K45", "12/11/2026", 6),
    ("Gap-mat-20-11-2026", "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "19/11/2026", 4),
    ("Hoi-thao-Cong-doan-2026", "Hội thao Công đoàn năm 2026", "27/07/2026", 5),
]

#: the calendar's data: Monday of the week -> rows (day, time, work, host, place)
CALENDAR: dict[date, list[tuple[date, str, str, str, str]]] = {
    date(2026, 11, 16): [
        (date(2026, 11, 16), "07h30", "Chào cờ đầu tuần", "Hiệu trưởng", "Hội trường A"),
        (
            date(2026, 11, 19),
            "08h00",
            "Bế mạc lớp Bồi dưỡng đảng viên mới khóa 12",
            "Phó Hiệu trưởng Đặng Quốc Huy",
            "Hội trường B",
        ),
        (
            date(2026, 11, 19),
            "14h00",
            "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam",
            "Công đoàn Trường",
            "Hội trường A",
        ),
    ],
    date(2026, 11, 23): [
        (date(2026, 11, 23), "07h30", "Giao ban Ban Giám hiệu", "Hiệu trưởng", "Phòng họp số 1"),
        (
            date(2026, 11, 24),
            "08h00",
            "Hội thảo khoa học cấp trường",
            "Hiệu trưởng",
            "Hội trường A",
        ),
        (
            date(2026, 11, 27),
            "14h00",
            "Họp Hội đồng thi đua khen thưởng",
            "Hiệu trưởng",
            "Phòng họp số 1",
        ),
    ],
    date(2026, 11, 30): [
        (
            date(2026, 12, 1),
            "07h30",
            "Lớp TCLLCT K45 học tập trung tháng 12",
            "Phòng Quản lý đào tạo",
            "Phòng học 201",
        ),
        (
            date(2026, 12, 3),
            "08h00",
            "Kiểm tra công tác đào tạo tại Trung tâm Chính trị huyện Sơn Dương",
            "Phó Hiệu trưởng Ma Thị Thu Hiền",
            "Huyện Sơn Dương",
        ),
    ],
}


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


NON_ARTICLES: list[str] = [
    "/",
    "/?lang=en-US",
    "/Tin-tuc",
    *(f"/Tin-tuc?page={n}" for n in range(2, pages(len(STORIES), NEWS_PER_PAGE) + 1)),
    *(f"/Tin-tuc/{c}" for c in CATS),
    *(
        f"/Tin-tuc/{c}?page={n}"
        for c in CATS
        for n in range(2, pages(len(newest(c)), CAT_PER_PAGE) + 1)
    ),
    *(f"/Tin-tuc/{c}/{y}" for c in CATS for y in sorted({y for y, _ in _months(c)})),
    *(
        f"/Tin-tuc/{c}/{y}?page={n}"
        for c in CATS
        for y in sorted({y for y, _ in _months(c)})
        for n in range(2, pages(sum(when(s).year == y for s in newest(c)), CAT_PER_PAGE) + 1)
    ),
    *(f"/Tin-tuc/{c}/{y}/{m:02d}" for c in CATS for y, m in _months(c)),
    *(f"/Tin-tuc?tagid={n}" for n in TAGS.values()),
    *STATIC_PAGES,
    "/Gioi-thieu/Lich-su-hinh-thanh?lang=en-US",
    "/Lien-he",
    "/Van-ban",
    *(f"/Van-ban/{d['slug']}" for d in DOCS),
    "/Thu-vien-anh",
    *(f"/Thu-vien-anh/{a[0]}" for a in ALBUMS),
    "/Lich-cong-tac",
    "/Tim-kiem",
    "/CMSPages/logon.aspx",
    *(f"/In-bai?nodeid={s.opts['node']}" for s in STORIES),
    *(f"/Gui-bai?nodeid={s.opts['node']}" for s in STORIES),
    article_path(_BY_ID[2]) + "?lang=en-US",  # the soft 404 of an untranslated document
]

# --- rendering --------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return esc(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _weekday_date(d: date | datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {_dmy(d)}"


def _excerpt(s: Story, n: int = 180) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(first) <= n:
        return first
    return first[:n].rsplit(" ", 1)[0] + "..."


def _teaser(s: Story) -> str:
    imgs = s.images
    if imgs:
        return imgs[0].src.split("?", 1)[0] + "?maxsidesize=240"
    return "/App_Themes/TCT/Images/no-image.png"


def _img(img: Img, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{esc(img.src)}" style="width: 800px; height: 533px;" />'


def _paragraph(p: P, s: Story) -> str:
    if p.style.startswith("a:"):
        _, target, phrase = p.style.split(":", 2)
        href = article_path(_BY_ID[int(target)]) + "?viewmode=3"
        body = _t(p.text, s).replace(_t(phrase, s), f'<a href="{esc(href)}">{_t(phrase, s)}</a>', 1)
        return f'<p style="text-align: justify;">{body}</p>'
    if p.style == "h":
        return f'<p style="text-align: justify;"><strong>{_t(p.text, s)}</strong></p>'
    return f'<p style="text-align: justify;">{_t(p.text, s)}</p>'


def body_html(s: Story) -> str:
    out: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append("<ul>\n" + "\n".join(f"\t<li>{i}</li>" for i in items) + "\n</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style == "li":
            items.append(_t(b.text, s))
            continue
        flush()
        if isinstance(b, P):
            out.append(_paragraph(b, s))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style == "table":
            out.append(
                '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image-box"'
                ' style="width: 100%;">\n\t<tbody>\n\t\t<tr>\n\t\t\t<td style="text-align: center;">'
                f'{_img(b)}</td>\n\t\t</tr>\n\t\t<tr>\n\t\t\t<td style="text-align: center;">'
                f'<span style="font-size:12px;"><em>{_t(b.printed or "", s)}</em></span></td>\n'
                "\t\t</tr>\n\t</tbody>\n</table>"
            )
        elif b.style == "em":
            out.append(f'<p style="text-align: center;">{_img(b)}</p>')
            out.append(f'<p style="text-align: center;"><em>{_t(b.printed or "", s)}</em></p>')
        else:
            out.append(f'<p style="text-align: center;">{_img(b, s.title)}</p>')
    flush()
    return "\n".join(out)


def _vs(seed: str) -> str:
    return opaque("vs:" + seed, 420, b"\xff\x01")


def _menu(active: str) -> str:
    def li(href: str, label: str, sub: str = "") -> str:
        cls = "CMSListMenuLI" + (
            " CMSListMenuHighlightedLI" if active.startswith(href) and href != "/" else ""
        )
        return f'<li class="{cls}"><a class="CMSListMenuLink" href="{href}">{label}</a>{sub}</li>'

    def panel(links: list[tuple[str, str]]) -> str:
        inner = "".join(
            f'<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="{h}">{esc(t)}</a></li>'
            for h, t in links
        )
        return f'<div class="mega-panel"><ul class="CMSListMenuUL">{inner}</ul></div>'

    about = panel([(p, t) for p, (t, _) in STATIC_PAGES.items()])
    news = panel([(f"/Tin-tuc/{c}", n) for c, n in CATS.items()])
    return (
        '<div class="kt-megamenu"><ul id="menuElem" class="CMSListMenuUL">'
        + li("/", "Trang chủ")
        + li("/Gioi-thieu", "Giới thiệu", about)
        + li("/Tin-tuc", "Tin tức", news)
        + li("/Lich-cong-tac", "Lịch công tác")
        + li("/Van-ban", "Văn bản")
        + li("/Thu-vien-anh", "Thư viện ảnh")
        + li("/Lien-he", "Liên hệ")
        + "</ul></div>"
    )


def _crumbs(items: list[tuple[str | None, str]]) -> str:
    parts = ['<a href="/" class="CMSBreadCrumbsLink">Trang chủ</a>']
    for href, label in items:
        if href:
            parts.append(f'<a href="{href}" class="CMSBreadCrumbsLink">{esc(label)}</a>')
        else:
            parts.append(f'<span class="CMSBreadCrumbsCurrentItem">{esc(label)}</span>')
    return '<div class="kt-breadcrumbs">' + ' <span class="sep">›</span> '.join(parts) + "</div>"


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="/getattachment/{_g("tb-" + f)}/{f}" target="_blank">{esc(t)}</a>'
        f' <span class="kt-date">({d})</span></li>'
        for d, t, f in NOTICES
    )
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="kt-date">{_dmy(when(s))}</span></li>'
        for s in newest()[:5]
    )
    viewed = "".join(
        f'<li><a href="{esc(aliaspath_path(s))}">{esc(s.title)}</a></li>' for s in TOP_VIEWED
    )
    banners = "".join(
        f'<div class="BannerRotator"><a href="/CMSModules/BannerManagement/CMSPages/BannerRedirect.ashx?bannerID={n}"'
        f' target="_blank"><img src="/App_Themes/TCT/Images/banner/{img}" alt="{esc(alt)}" /></a></div>'
        for n, img, alt in (
            (3, "banner-tinh-uy.png", "Cổng thông tin điện tử Đảng bộ tỉnh Tuyên Quang"),
            (4, "banner-hvctqg.png", "Học viện Chính trị quốc gia Hồ Chí Minh"),
            (5, "banner-dcsvn.png", "Báo điện tử Đảng Cộng sản Việt Nam"),
        )
    )
    return f"""<div class="kt-sidebar col-md-4">
<div class="kt-box kt-notice"><div class="kt-box-title">Thông báo</div><ul class="kt-notice-list">{notices}</ul></div>
<div class="kt-box"><div class="kt-box-title">Tin mới</div><ul class="kt-latest">{latest}</ul></div>
<div class="kt-box"><div class="kt-box-title">Tin xem nhiều</div><ul class="kt-most-viewed">{viewed}</ul></div>
<div class="kt-box kt-calendar-teaser"><div class="kt-box-title">Lịch công tác</div><a href="/Lich-cong-tac">Xem lịch công tác tuần</a></div>
<div class="kt-box kt-banners">{banners}</div>
</div>"""


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    doc_path: str,
    active: str = "/",
    extra_head: str = "",
    sidebar: bool = True,
) -> str:
    action = request.path + (f"?{request.query}" if request.query else "")
    seed = request.target
    side = _sidebar() if sidebar else ""
    cls = "col-md-8" if sidebar else "col-md-12"
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-vn">
<head id="head"><title>
	{esc(title)}
</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="pragma" content="no-cache" />
<meta http-equiv="content-style-type" content="text/css" />
<meta http-equiv="content-script-type" content="text/javascript" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{extra_head}
<link href="/CMSPages/GetResource.ashx?stylesheetname=TCT_Main" type="text/css" rel="stylesheet"/>
<link href="/favicon.ico" type="image/x-icon" rel="shortcut icon"/>
<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SITE)}" href="/Tin-tuc?rss=tintuc" />
</head>
<body class="LTR Chrome VIVN ContentBody">
    <form method="post" action="{esc(action)}" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{opaque("csrf", 30)}" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_vs(seed)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
if (!theForm) {{
    theForm = document.form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d={opaque("wr", 48).replace("+", "-").replace("/", "_")[:60]}&amp;t=638312457060000000" type="text/javascript"></script>
<script src="/CMSPages/GetResource.ashx?scriptfile=%7e%2fCMSScripts%2fjquery%2fjquery-core.js" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={opaque("sr", 60).replace("+", "-").replace("/", "_")[:80]}&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('manScript', 'form', ['tp$lt$ctl09$p$lt$ctl00$Poll$upd','p_lt_ctl09_p_lt_ctl00_Poll_upd'], [], [], 90, '');
//]]>
</script>
<div id="ctxM"></div>
<div class="kt-topbar"><div class="container">
  <span class="kt-today">{TODAY}</span>
  <div class="kt-lang"><a href="{doc_path}?lang=vi-VN" class="active" title="Tiếng Việt">VI</a> | <a href="{doc_path}?lang=en-US" title="English">EN</a></div>
  <a class="kt-login" href="/CMSPages/logon.aspx">Đăng nhập</a>
  <div id="p_lt_ctl01_SmartSearchBox_pnlSearch" class="searchBox" onkeypress="javascript:return WebForm_FireDefaultButton(event, &#39;p_lt_ctl01_SmartSearchBox_btnSearch&#39;)">
    <label for="p_lt_ctl01_SmartSearchBox_txtWord" id="p_lt_ctl01_SmartSearchBox_lblSearch" style="display:none;">Tìm kiếm:</label>
    <input name="p$lt$ctl01$SmartSearchBox$txtWord" type="text" maxlength="1000" id="p_lt_ctl01_SmartSearchBox_txtWord" class="form-control" placeholder="Nhập từ khóa tìm kiếm..." />
    <input type="submit" name="p$lt$ctl01$SmartSearchBox$btnSearch" value="Tìm" id="p_lt_ctl01_SmartSearchBox_btnSearch" class="btn btn-default" />
  </div>
</div></div>
<div class="kt-header"><div class="container">
  <a href="/" class="kt-logo"><img src="/App_Themes/TCT/Images/logo-tct.png" alt="{esc(SITE)}" /></a>
  <div class="kt-sitename"><span class="kt-sup">TỈNH ỦY TUYÊN QUANG</span><span class="kt-name">TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</span></div>
</div></div>
{_menu(active)}
<div class="container kt-body"><div class="row">
<div class="kt-main {cls}">
{main}
</div>
{side}
</div></div>
<div class="kt-footer"><div class="container">
  <p class="kt-copy"><strong>Bản quyền © 2026 {esc(SITE)}</strong></p>
  <p>Địa chỉ: {esc(ADDRESS)}</p>
  <p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
  <p>Chịu trách nhiệm chính: Nguyễn Thị Hương Giang - Hiệu trưởng</p>
  <div class="kt-counter">Đang truy cập: 23 — Tổng lượt truy cập: 1.034.567</div>
  <p class="kt-vendor">Thiết kế và phát triển: Công ty TNHH Giải pháp phần mềm Tân Trào</p>
</div></div>

<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque("ev:" + seed, 96)}" />
</div>
<script type="text/javascript">
//<![CDATA[
WebForm_AutoFocus('p_lt_ctl01_SmartSearchBox_txtWord');
//]]>
</script>
</form>
</body>
</html>
"""


def _news_item(s: Story) -> str:
    href = article_path(s)
    return f"""<div class="kt-news-item clearfix">
  <a href="{href}" class="kt-thumb"><img src="{esc(_teaser(s))}" alt="{esc(s.title)}" /></a>
  <h3 class="kt-item-title"><a href="{href}">{esc(s.title)}</a></h3>
  <span class="kt-item-date">{_dmy(when(s))}</span>
  <div class="kt-item-summary">{esc(_excerpt(s))}</div>
</div>"""


def _pager(base: str, page: int, last: int, extra: str = "") -> str:
    if last <= 1:
        return ""

    def url(n: int) -> str:
        q = extra + (f"{'&' if extra else ''}page={n}" if n > 1 else "")
        return esc(base + (f"?{q}" if q else ""))

    li: list[str] = []
    if page > 1:
        li.append(f'<li class="first"><a href="{url(1)}" title="Trang đầu">«</a></li>')
        li.append(f'<li class="prev"><a href="{url(page - 1)}" title="Trang trước">‹</a></li>')
    for n in range(1, last + 1):
        if n == page:
            li.append(f'<li class="active"><span>{n}</span></li>')
        else:
            li.append(f'<li><a href="{url(n)}">{n}</a></li>')
    if page < last:
        li.append(f'<li class="next"><a href="{url(page + 1)}" title="Trang sau">›</a></li>')
        li.append(f'<li class="last"><a href="{url(last)}" title="Trang cuối">»</a></li>')
    return (
        f'<div class="kt-pager"><ul class="pagination">{"".join(li)}</ul>'
        f'<span class="kt-pager-label">Trang {page}/{last}</span></div>'
    )


def _page_no(request: Request) -> int:
    try:
        return max(1, int(request.params.get("page", "1")))
    except ValueError:
        return 1


def _listing(
    request: Request,
    heading: str,
    items: list[Story],
    base: str,
    per: int,
    crumbs: list[tuple[str | None, str]],
    extra: str = "",
) -> str:
    page = _page_no(request)
    last = pages(len(items), per)
    chunk = items[(page - 1) * per : page * per]
    listing = (
        "\n".join(_news_item(s) for s in chunk) or '<div class="kt-empty">Không có dữ liệu.</div>'
    )
    main = f"""{_crumbs(crumbs)}
<div class="kt-cat-title"><h2>{esc(heading)}</h2></div>
<div class="kt-list-news">
{listing}
</div>
{_pager(base, page, last, extra)}"""
    title = f"{SITE} - {heading}" + (f" - Trang {page}" if page > 1 else "")
    return _page(request, title, main, doc_path=base, active=base)


def _related(s: Story) -> str:
    others = [o for o in newest(s.cat) if o.id != s.id][:5]
    items = "".join(
        f'<li><a href="{article_path(o)}">{esc(o.title)}</a> <span class="kt-date">({_dmy(when(o))})</span></li>'
        for o in others
    )
    return f'<div class="kt-related"><h3 class="kt-related-title">Tin cùng chuyên mục</h3><ul>{items}</ul></div>'


def _tools(s: Story, request: Request) -> str:
    tags = ", ".join(
        f'<a href="/Tin-tuc?tagid={TAGS[t]}">{esc(t)}</a>' for t in s.opts.get("tags", [])
    )
    share = quote_plus(base_url(request) + getdoc_path(s))
    node = s.opts["node"]
    return f"""<div class="NewsTags"><span class="lbl">Từ khóa:</span> {tags}</div>
<div class="NewsTools">
  <a class="kt-share" href="{getdoc_path(s)}" title="Liên kết cố định của bài viết">Chia sẻ</a> |
  <a class="kt-print" href="/In-bai?nodeid={node}" target="_blank">In bài</a> |
  <a class="kt-send" href="/Gui-bai?nodeid={node}">Gửi bài</a>
  <a class="kt-fb" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="nofollow">Facebook</a>
</div>"""


def _fields(s: Story) -> str:
    rows = []
    if s.opts.get("author_field") or s.opts.get("empty_author"):
        rows.append(
            f'<div class="NewsAuthor"><strong>Tác giả:</strong> {esc(s.opts.get("author_field", ""))}</div>'
        )
    if s.opts.get("source_field"):
        rows.append(
            f'<div class="NewsSource"><strong>Nguồn:</strong> {esc(s.opts["source_field"])}</div>'
        )
    if s.opts.get("updated"):
        rows.append(
            f'<div class="NewsModified"><em>Cập nhật lần cuối: {s.opts["updated"]}</em></div>'
        )
    return '<div class="NewsFields">' + "".join(rows) + "</div>" if rows else ""


def _article_crumbs(s: Story) -> list[tuple[str | None, str]]:
    at = when(s)
    base = f"/Tin-tuc/{s.cat}"
    return [
        ("/Tin-tuc", "Tin tức"),
        (base, CATS[s.cat]),
        (f"{base}/{at:%Y}", f"{at:%Y}"),
        (f"{base}/{at:%Y}/{at:%m}", f"Tháng {at.month}"),
        (None, s.title),
    ]


def _article(s: Story, request: Request) -> str:
    at = when(s)
    abs_getdoc = base_url(request) + getdoc_path(s)
    og = (
        f'<meta name="description" content="{esc(_excerpt(s))}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{esc(abs_getdoc)}" />\n'
        f'<meta property="og:image" content="{esc(base_url(request) + _teaser(s))}" />'
    )
    if s.cat == RESEARCH:
        author = (
            f'<div class="kt-author">Tác giả: <span>{esc(s.opts["author_field"])}</span></div>'
            if s.opts.get("author_field")
            else ""
        )
        stamp = f"{_dmy(at)} {at:%H:%M}"
        abstract = (
            f'<div class="kt-abstract"><strong>Tóm tắt:</strong> {esc(s.summary)}</div>'
            if s.summary
            else ""
        )
        detail = f"""<div class="kt-research-detail">
  <h1 class="kt-title">{esc(s.title)}</h1>
  {author}
  <div class="kt-meta"><span class="kt-date">Ngày đăng: {stamp}</span> | <span class="kt-views">Lượt xem: {s.views()}</span></div>
  {abstract}
  <div class="kt-content">
{body_html(s)}
  </div>
{_tools(s, request)}
</div>"""
    else:
        og += f'\n<meta property="article:published_time" content="{at:%Y-%m-%dT%H:%M:%S}+07:00" />'
        summary = esc(s.summary) if s.summary else ""
        detail = f"""<div class="NewsDetail kt-news-detail">
  <h1 class="NewsTitle">{esc(s.title)}</h1>
  <div class="NewsMeta"><span class="NewsDate">{_weekday_date(at)}</span> <span class="NewsPoster">Người đăng: {esc(s.opts.get("poster", "admin"))}</span> <span class="NewsViews">Lượt xem: {s.views()}</span></div>
  <div class="NewsSummary">{summary}</div>
  <div class="NewsText">
{body_html(s)}
  </div>
  {_fields(s)}
{_tools(s, request)}
</div>"""
    main = f"""{_crumbs(_article_crumbs(s))}
<div class="kt-cat-title"><h2><a href="/Tin-tuc/{s.cat}">{esc(CATS[s.cat])}</a></h2></div>
{detail}
{_related(s)}"""
    return _page(
        request,
        f"{SITE} - {s.title}",
        main,
        doc_path=article_path(s),
        active="/Tin-tuc",
        extra_head=og,
    )


def _home(request: Request) -> str:
    slides = "".join(
        f'<div class="kt-slide"><a href="{article_path(s)}"><img src="{esc(_teaser(s).replace("maxsidesize=240", "width=720"))}"'
        f' alt="{esc(s.title)}" /><span class="kt-slide-caption">{esc(s.title)}</span></a></div>'
        for s in newest()[:3]
    )
    latest = "\n".join(_news_item(s) for s in newest()[:5])
    blocks = "".join(
        f'<div class="kt-home-cat"><div class="kt-cat-title"><h2><a href="/Tin-tuc/{c}">{esc(n)}</a></h2></div><ul>'
        + "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="kt-date">{_dmy(when(s))}</span></li>'
            for s in newest(c)[:3]
        )
        + f'</ul><a class="kt-more" href="/Tin-tuc/{c}">Xem thêm »</a></div>'
        for c, n in CATS.items()
    )
    main = f"""<div class="kt-slider" id="p_lt_ctl05_BannerRotator">{slides}</div>
<div class="kt-cat-title"><h2><a href="/Tin-tuc">Tin tức - Sự kiện</a></h2></div>
<div class="kt-list-news">
{latest}
</div>
{blocks}
<div class="kt-home-gallery"><div class="kt-cat-title"><h2><a href="/Thu-vien-anh">Thư viện ảnh</a></h2></div>
<a href="/Thu-vien-anh/{ALBUMS[0][0]}"><img src="/getmedia/{_g("album-" + ALBUMS[0][0] + "-1")}/anh-1.jpg?width=300" alt="{esc(ALBUMS[0][1])}" /></a></div>"""
    head = f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}" />'
    return _page(request, f"{SITE} - Trang chủ", main, doc_path="/", extra_head=head)


def _static(request: Request, path: str) -> str:
    title, paragraphs = STATIC_PAGES[path]
    body = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paragraphs)
    main = f"""{_crumbs([("/Gioi-thieu/Lich-su-hinh-thanh", "Giới thiệu"), (None, title)])}
<div class="kt-page"><h1 class="kt-page-title">{esc(title)}</h1>
<div class="kt-page-content">
{body}
</div></div>"""
    return _page(request, f"{SITE} - {title}", main, doc_path=path, active="/Gioi-thieu")


def _contact(request: Request) -> str:
    sent = (
        request.method == "POST" and "p$lt$ctl06$p$lt$ctl00$BizForm$viewBiz$btnOK" in request.form
    )
    form = (
        '<div class="kt-form-sent">Cảm ơn bạn đã gửi thông tin. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</div>'
        if sent
        else """<div id="p_lt_ctl06_p_lt_ctl00_BizForm_viewBiz" class="FormPanel">
<table class="EditingFormTable">
<tr><td class="EditingFormLabelCell"><label for="txtHoTen">Họ và tên (*):</label></td><td><input name="p$lt$ctl06$p$lt$ctl00$BizForm$viewBiz$ctl00$HoTen$txtText" id="txtHoTen" type="text" /></td></tr>
<tr><td class="EditingFormLabelCell"><label for="txtEmail">Email (*):</label></td><td><input name="p$lt$ctl06$p$lt$ctl00$BizForm$viewBiz$ctl00$Email$txtEmailInput" id="txtEmail" type="text" /></td></tr>
<tr><td class="EditingFormLabelCell"><label for="txtTieuDe">Tiêu đề:</label></td><td><input name="p$lt$ctl06$p$lt$ctl00$BizForm$viewBiz$ctl00$TieuDe$txtText" id="txtTieuDe" type="text" /></td></tr>
<tr><td class="EditingFormLabelCell"><label for="txtNoiDung">Nội dung (*):</label></td><td><textarea name="p$lt$ctl06$p$lt$ctl00$BizForm$viewBiz$ctl00$NoiDung$txtText" id="txtNoiDung" rows="6"></textarea></td></tr>
<tr><td class="EditingFormLabelCell">Mã bảo vệ:</td><td><img src="/CMSPages/Dialogs/CaptchaImage.aspx?hash=8f1b2c&amp;captcha=p_lt_ctl06_SecurityCode&amp;width=80&amp;height=20" alt="Security code" /> <input name="p$lt$ctl06$p$lt$ctl00$BizForm$viewBiz$ctl00$SecurityCode$txtSecurityCode" type="text" /></td></tr>
</table>
<input type="submit" name="p$lt$ctl06$p$lt$ctl00$BizForm$viewBiz$btnOK" value="Gửi" class="FormButton btn btn-primary" />
</div>"""
    )
    main = f"""{_crumbs([(None, "Liên hệ")])}
<div class="kt-page"><h1 class="kt-page-title">Liên hệ</h1>
<div class="kt-contact-info"><p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}</p><p>Email: {EMAIL}</p></div>
{form}</div>"""
    return _page(request, f"{SITE} - Liên hệ", main, doc_path="/Lien-he", active="/Lien-he")


def _documents(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td><a href="/Van-ban/{d["slug"]}">{esc(d["title"])}</a></td>'
        f'<td>{d["date"]}</td><td><a href="{d["href"]}" class="kt-download">Tải về</a></td></tr>'
        for d in DOCS
    )
    main = f"""{_crumbs([(None, "Văn bản")])}
<div class="kt-cat-title"><h2>Văn bản</h2></div>
<table class="table kt-doclib DocumentLibraryTable"><thead><tr><th>Số/Ký hiệu</th><th>Tên văn bản</th><th>Ngày ban hành</th><th>Tệp đính kèm</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return _page(request, f"{SITE} - Văn bản", main, doc_path="/Van-ban", active="/Van-ban")


def _document(request: Request, d: dict) -> str:
    main = f"""{_crumbs([("/Van-ban", "Văn bản"), (None, d["title"])])}
<div class="kt-file-detail"><h1 class="kt-page-title">{esc(d["title"])}</h1>
<table class="kt-file-props">
<tr><td>Số/Ký hiệu:</td><td>{esc(d["so"])}</td></tr>
<tr><td>Ngày ban hành:</td><td>{d["date"]}</td></tr>
<tr><td>Tên tệp:</td><td>{esc(d["file"])}</td></tr>
<tr><td>Dung lượng:</td><td>{d["size"]}</td></tr>
</table>
<a class="btn btn-primary" href="{d["href"]}">Tải văn bản</a></div>"""
    return _page(
        request, f"{SITE} - {d['title']}", main, doc_path=f"/Van-ban/{d['slug']}", active="/Van-ban"
    )


def _gallery(request: Request) -> str:
    albums = "".join(
        f'<div class="kt-album"><a href="/Thu-vien-anh/{slug}"><img src="/getmedia/{_g(f"album-{slug}-1")}/anh-1.jpg?width=300" alt="{esc(t)}" /></a>'
        f'<h3><a href="/Thu-vien-anh/{slug}">{esc(t)}</a></h3><span class="kt-date">{d} - {n} ảnh</span></div>'
        for slug, t, d, n in ALBUMS
    )
    main = f'{_crumbs([(None, "Thư viện ảnh")])}\n<div class="kt-cat-title"><h2>Thư viện ảnh</h2></div>\n<div class="kt-albums">{albums}</div>'
    return _page(
        request, f"{SITE} - Thư viện ảnh", main, doc_path="/Thu-vien-anh", active="/Thu-vien-anh"
    )


def _album(request: Request, album: tuple[str, str, str, int]) -> str:
    slug, title, d, n = album
    photos = "".join(
        f'<div class="MediaGalleryItem"><a href="/getmedia/{_g(f"album-{slug}-{i}")}/anh-{i}.jpg" rel="lightbox[album]">'
        f'<img src="/getmedia/{_g(f"album-{slug}-{i}")}/anh-{i}.jpg?width=200" alt="" /></a></div>'
        for i in range(1, n + 1)
    )
    main = f"""{_crumbs([("/Thu-vien-anh", "Thư viện ảnh"), (None, title)])}
<div class="kt-album-detail"><h1 class="kt-page-title">{esc(title)}</h1><div class="kt-date">Ngày: {d}</div>
<div class="MediaGallery">{photos}</div></div>"""
    return _page(
        request, f"{SITE} - {title}", main, doc_path=f"/Thu-vien-anh/{slug}", active="/Thu-vien-anh"
    )


def _calendar(request: Request) -> str:
    try:
        day = date.fromisoformat(request.params.get("date", ""))
    except ValueError:
        day = TODAY_DATE
    monday = _week_start(day)
    sunday = monday + timedelta(days=6)
    rows = CALENDAR.get(monday, [])
    if rows:
        body = "".join(
            f"<tr><td>{WEEKDAYS[d.weekday()]}<br />{_dmy(d)}</td><td>{t}</td><td>{esc(w)}</td><td>{esc(h)}</td><td>{esc(p)}</td></tr>"
            for d, t, w, h, p in rows
        )
        table = f'<table class="table kt-calendar"><thead><tr><th>Ngày</th><th>Thời gian</th><th>Nội dung công việc</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>{body}</tbody></table>'
    else:
        table = '<div class="kt-empty">Chưa có lịch công tác trong tuần này.</div>'
    prev_w, next_w = monday - timedelta(days=7), monday + timedelta(days=7)
    main = f"""{_crumbs([(None, "Lịch công tác")])}
<div class="kt-cat-title"><h2>Lịch công tác tuần</h2></div>
<div class="kt-week-nav"><a href="/Lich-cong-tac?date={prev_w.isoformat()}">‹ Tuần trước</a>
<span class="kt-week">Từ ngày {_dmy(monday)} đến ngày {_dmy(sunday)}</span>
<a href="/Lich-cong-tac?date={next_w.isoformat()}">Tuần sau ›</a></div>
{table}"""
    return _page(
        request, f"{SITE} - Lịch công tác", main, doc_path="/Lich-cong-tac", active="/Lich-cong-tac"
    )


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = request.params.get("searchtext", "").strip()
    words = _fold(q).split()
    hits = [
        s
        for s in newest()
        if words and any(w in _fold(s.title + " " + " ".join(s.paragraphs)) for w in words)
    ]
    results = "".join(
        f'<div class="SearchResult"><div class="SearchResultTitle"><a href="{article_path(s)}">{esc(s.title)}</a></div>'
        f'<div class="SearchResultContent">{esc(_excerpt(s))}</div><div class="SearchResultDate">{_dmy(when(s))}</div></div>'
        for s in hits
    )
    if q:
        info = f'<div class="SearchInfo">Kết quả tìm kiếm cho “{esc(q)}”: {len(hits)} kết quả</div>{results}'
    else:
        info = '<div class="SearchInfo">Nhập từ khóa vào ô tìm kiếm ở đầu trang.</div>'
    main = f'{_crumbs([(None, "Tìm kiếm")])}\n<div class="kt-cat-title"><h2>Tìm kiếm</h2></div>\n<div class="SearchResults">{info}</div>'
    return _page(
        request,
        f"{SITE} - Tìm kiếm",
        main,
        doc_path="/Tim-kiem",
        extra_head='<meta name="robots" content="noindex" />',
    )


def _logon(request: Request) -> str:
    return f"""<!DOCTYPE html>
<html><head><title>Kentico - Đăng nhập</title><meta name="robots" content="noindex, nofollow" />
<link href="/CMSPages/GetResource.ashx?stylesheetfile=/CMSAdminControls/CSS/Logon.css" rel="stylesheet" type="text/css" /></head>
<body class="LogonPageBody"><form method="post" action="/CMSPages/logon.aspx" id="form">
<input type="hidden" name="__VIEWSTATE" value="{_vs("logon")}" />
<div class="LogonPage"><h1>{esc(SITE)}</h1>
<label>Tên đăng nhập</label><input name="Login1$UserName" type="text" />
<label>Mật khẩu</label><input name="Login1$Password" type="password" />
<input type="submit" name="Login1$LoginButton" value="Đăng nhập" />
<a href="/">« Quay lại trang chủ</a></div></form></body></html>"""


def _print(request: Request, s: Story) -> str:
    at = when(s)
    stamp = f"{_dmy(at)} {at:%H:%M}" if s.cat == RESEARCH else _weekday_date(at)
    summary = (
        f'<div class="PrintSummary"><strong>{esc(s.summary)}</strong></div>' if s.summary else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>In bài - {esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link href="/CMSPages/GetResource.ashx?stylesheetname=TCT_Print" type="text/css" rel="stylesheet"/></head>
<body class="PrintBody" onload="window.print();">
<div class="PrintHeader">{esc(SITE)} - {esc(ADDRESS)}</div>
<h1 class="PrintTitle">{esc(s.title)}</h1>
<div class="PrintDate">{stamp}</div>
{summary}
<div class="PrintText">
{body_html(s)}
</div>
{_fields(s)}
<div class="PrintFooter"><a href="javascript:window.print();">In trang</a> | <a href="javascript:window.close();">Đóng cửa sổ</a></div>
</body></html>"""


def _send(request: Request, s: Story | None) -> str:
    which = f'<p>Bài viết: <a href="{article_path(s)}">{esc(s.title)}</a></p>' if s else ""
    main = f"""{_crumbs([(None, "Gửi bài viết")])}
<div class="kt-page"><h1 class="kt-page-title">Gửi bài viết cho bạn bè</h1>
{which}
<table class="EditingFormTable">
<tr><td>Email người nhận:</td><td><input name="p$lt$ctl06$SendToFriend$txtTo" type="text" /></td></tr>
<tr><td>Email của bạn:</td><td><input name="p$lt$ctl06$SendToFriend$txtFrom" type="text" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="p$lt$ctl06$SendToFriend$txtMessage" rows="4"></textarea></td></tr>
</table>
<input type="submit" name="p$lt$ctl06$SendToFriend$btnSend" value="Gửi" class="btn btn-primary" /></div>"""
    return _page(request, f"{SITE} - Gửi bài viết", main, doc_path="/Gui-bai")


# --- the English culture ----------------------------------------------------------------------


def _en_page(request: Request, title: str, main: str, doc_path: str) -> str:
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-us">
<head id="head"><title>
	{esc(title)}
</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<link href="/CMSPages/GetResource.ashx?stylesheetname=TCT_Main" type="text/css" rel="stylesheet"/>
</head>
<body class="LTR Chrome ENUS ContentBody">
<form method="post" action="{esc(request.target)}" id="form">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_vs("en" + request.target)}" /></div>
<div class="kt-topbar"><div class="container"><span class="kt-today">Wednesday, November 25, 2026</span>
<div class="kt-lang"><a href="{doc_path}?lang=vi-VN" title="Tiếng Việt">VI</a> | <a href="{doc_path}?lang=en-US" class="active" title="English">EN</a></div></div></div>
<div class="kt-header"><div class="container"><a href="/?lang=en-US" class="kt-logo"><img src="/App_Themes/TCT/Images/logo-tct.png" alt="Tuyen Quang Provincial Political School" /></a>
<div class="kt-sitename"><span class="kt-name">TUYEN QUANG PROVINCIAL POLITICAL SCHOOL</span></div></div></div>
<div class="kt-megamenu"><ul id="menuElem" class="CMSListMenuUL"><li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/?lang=en-US">Home</a></li>
<li class="CMSListMenuLI"><a class="CMSListMenuLink" href="/Gioi-thieu/Lich-su-hinh-thanh?lang=en-US">About us</a></li></ul></div>
<div class="container kt-body">{main}</div>
<div class="kt-footer"><div class="container"><p>Copyright © 2026 Tuyen Quang Provincial Political School</p>
<p>Address: 18 Le Duan street, Minh Xuan ward, Tuyen Quang province - Tel: {PHONE}</p></div></div>
</form></body></html>"""


def _en(request: Request, key: str) -> str:
    if key == "/":
        main = (
            '<div class="kt-cat-title"><h2>Welcome</h2></div>'
            f"<p>{esc(EN_ABOUT[0])}</p>"
            '<p><a href="/Gioi-thieu/Lich-su-hinh-thanh?lang=en-US">Read more about the School</a></p>'
        )
        return _en_page(request, "Tuyen Quang Provincial Political School - Home", main, "/")
    if key == "/gioi-thieu/lich-su-hinh-thanh":
        main = (
            '<div class="kt-page"><h1 class="kt-page-title">History</h1>'
            + "".join(f"<p>{esc(p)}</p>" for p in EN_ABOUT)
            + "</div>"
        )
        return _en_page(
            request,
            "Tuyen Quang Provincial Political School - History",
            main,
            "/Gioi-thieu/Lich-su-hinh-thanh",
        )
    main = f"""<div class="kt-notfound"><h1>Page not found</h1>
<p>The requested page is not available in English.</p>
<p>Trang bạn yêu cầu chưa có phiên bản tiếng Anh.</p>
<p><a href="/?lang=en-US">Back to homepage</a> | <a href="{esc(request.path)}?lang=vi-VN">Xem bản tiếng Việt</a></p></div>"""
    return _en_page(request, "Page not found", main, request.path)


# --- feed, sitemap, robots --------------------------------------------------------------------


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"""
  <item>
    <guid isPermaLink="false">{guid(s)}</guid>
    <title>{esc(s.title)}</title>
    <description><![CDATA[{_excerpt(s, 400)}]]></description>
    <pubDate>{format_datetime(when(s).replace(tzinfo=_LOCAL))}</pubDate>
    <link><![CDATA[{base}{getdoc_path(s)}]]></link>
  </item>"""
        for s in newest()[:FEED_SIZE]
    )
    body = f"""<?xml version="1.0" encoding="utf-8" ?>
<rss version="2.0">
<channel>
  <title>Tin tức - {esc(SITE)}</title>
  <link>{base}/Tin-tuc</link>
  <description>Tin tức mới nhất của {esc(SITE)}</description>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


def _sitemap_paths() -> list[tuple[str, str]]:
    out = [("/", "2026-11-24")]
    out += [(p, "2026-03-02") for p in STATIC_PAGES]
    out += [
        ("/Lien-he", "2025-12-10"),
        ("/Lich-cong-tac", "2026-11-23"),
        ("/Van-ban", "2026-11-18"),
    ]
    out += [(f"/Van-ban/{d['slug']}", "-".join(reversed(d["date"].split("/")))) for d in DOCS]
    out += [("/Thu-vien-anh", "2026-11-19")] + [
        (f"/Thu-vien-anh/{a[0]}", "-".join(reversed(a[2].split("/")))) for a in ALBUMS
    ]
    out += [("/Tin-tuc", "2026-11-24")]
    for c in CATS:
        out.append((f"/Tin-tuc/{c}", f"{when(newest(c)[0]):%Y-%m-%d}"))
        for y in sorted({y for y, _ in _months(c)}, reverse=True):
            out.append((f"/Tin-tuc/{c}/{y}", f"{when(newest(c)[0]):%Y-%m-%d}"))
        for y, m in _months(c):
            out.append((f"/Tin-tuc/{c}/{y}/{m:02d}", f"{y}-{m:02d}-28"))
    out += [(article_path(s), f"{when(s):%Y-%m-%d}") for s in newest()]
    return out


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = "".join(
        f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in _sitemap_paths()
    )
    body = f'<?xml version="1.0" encoding="UTF-8" ?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


_ROBOTS = "User-agent: *\nDisallow: /CMSPages/logon.aspx\nDisallow: /CMSModules/\nDisallow: /Admin/\n\nSitemap: {base}/CMSPages/GoogleSiteMap.aspx\n"

_NOT_FOUND = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Không tìm thấy trang</title></head>
<body class="LTR Chrome VIVN"><div class="kt-notfound"><h1>404 - Không tìm thấy trang</h1>
<p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p><p><a href="/">Về trang chủ</a></p></div></body></html>"""


# --- routing ----------------------------------------------------------------------------------

_SEARCH_BUTTON = "p$lt$ctl01$SmartSearchBox$btnSearch"
_SEARCH_TEXT = "p$lt$ctl01$SmartSearchBox$txtWord"
_GETDOC = re.compile(r"^/getdoc/([0-9a-f-]{36})(?:/.*)?$", re.I)
_ATTACH = re.compile(r"^/get(?:attachment|media)/([0-9a-f-]{36})/([^/]+)$", re.I)
_BANNERS = {
    "3": "https://tuyenquang.dcs.vn/",
    "4": "https://hcma.vn/",
    "5": "https://dangcongsan.vn/",
}


def _static_js_css(request: Request) -> Response:
    q = request.query.lower()
    if request.path.lower().endswith(".axd") or "scriptfile" in q:
        return Response(200, b"/* Kentico script */", {"Content-Type": "application/javascript"})
    return Response(200, b"body{font-family:Arial,sans-serif}", {"Content-Type": "text/css"})


class KenticoSite:
    """Kentico's URL handling: friendly alias paths (any case, optional .aspx), /getdoc/ GUIDs,
    PortalTemplate.aspx?aliaspath=, attachments, the culture switch and the vendor's pages."""

    def __init__(self) -> None:
        self.docs: dict[str, object] = {}
        self.docs["/"] = ("home",)
        self.docs["/home"] = ("home",)
        self.docs["/tin-tuc"] = ("news",)
        for c in CATS:
            self.docs[f"/tin-tuc/{c}".lower()] = ("cat", c)
            for y in {y for y, _ in _months(c)}:
                self.docs[f"/tin-tuc/{c}/{y}".lower()] = ("year", c, y)
            for y, m in _months(c):
                self.docs[f"/tin-tuc/{c}/{y}/{m:02d}".lower()] = ("month", c, y, m)
        for s in STORIES:
            self.docs[article_path(s).lower()] = ("article", s)
        for p in STATIC_PAGES:
            self.docs[p.lower()] = ("static", p)
        self.docs["/lien-he"] = ("contact",)
        self.docs["/van-ban"] = ("docs",)
        for d in DOCS:
            self.docs[f"/van-ban/{d['slug']}".lower()] = ("doc", d)
        self.docs["/thu-vien-anh"] = ("gallery",)
        for a in ALBUMS:
            self.docs[f"/thu-vien-anh/{a[0]}".lower()] = ("album", a)
        self.docs["/lich-cong-tac"] = ("calendar",)
        self.docs["/tim-kiem"] = ("search",)
        self.docs["/gui-bai"] = ("send",)
        self.by_guid = {guid(s): s for s in STORIES}
        self.files = {d["href"].lower() for d in DOCS} | {f.lower() for f in _NOTICE_FILES}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if m := _ATTACH.match(path):
            name = m.group(2).lower()
            if name.endswith(".pdf"):
                if low in self.files:
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return html(_NOT_FOUND, status=404)
            return static_file(name)
        if low.startswith(("/app_themes/", "/favicon")):
            return static_file(low)
        if low in ("/cmspages/getresource.ashx", "/webresource.axd", "/scriptresource.axd"):
            return _static_js_css(request)
        if low == "/cmspages/dialogs/captchaimage.aspx":
            return static_file("captcha.gif")
        if low == "/robots.txt":
            return Response(
                200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain"}
            )
        if low == "/cmspages/googlesitemap.aspx":
            return _sitemap(request)
        if low == "/cmsmodules/bannermanagement/cmspages/bannerredirect.ashx":
            target = _BANNERS.get(request.params.get("bannerID", ""))
            return redirect(target) if target else html(_NOT_FOUND, status=404)
        if low == "/cmspages/logon.aspx":
            return html(_logon(request))
        if request.method == "POST" and _SEARCH_BUTTON in request.form:
            words = request.form.get(_SEARCH_TEXT, "")
            return redirect(f"/Tim-kiem?searchtext={quote_plus(words)}&searchmode=anyword")
        if low == "/gioi-thieu" or low == "/gioi-thieu.aspx":
            return redirect("/Gioi-thieu/Lich-su-hinh-thanh", 301)
        if low in ("/in-bai", "/in-bai.aspx"):
            s = self._node(request)
            return html(_print(request, s)) if s else html(_NOT_FOUND, status=404)
        if low == "/cmspages/portaltemplate.aspx":
            key = request.params.get("aliaspath", "").lower()
            doc = self.docs.get(key or "/")
            return self._render(request, doc, key) if doc else html(_NOT_FOUND, status=404)
        if m := _GETDOC.match(path):
            s = self.by_guid.get(m.group(1).lower())
            return (
                self._render(request, ("article", s), article_path(s).lower())
                if s
                else html(_NOT_FOUND, status=404)
            )
        key = low[:-5] if low.endswith(".aspx") else low
        if len(key) > 1:
            key = key.rstrip("/")
        if key == "/tin-tuc" and request.params.get("rss") == "tintuc":
            return _feed(request)
        doc = self.docs.get(key)
        if doc is None:
            return html(_NOT_FOUND, status=404)
        return self._render(request, doc, key)

    def _node(self, request: Request) -> Story | None:
        try:
            return _BY_NODE.get(int(request.params.get("nodeid", "")))
        except ValueError:
            return None

    def _render(self, request: Request, doc: tuple, key: str) -> Response:
        if request.params.get("lang", "").lower() == "en-us":
            return html(_en(request, key))
        kind = doc[0]
        if kind == "home":
            return html(_home(request))
        if kind == "article":
            return html(_article(doc[1], request))
        if kind == "news":
            tag = request.params.get("tagid")
            if tag:
                try:
                    name = _TAG_BY_ID[int(tag)]
                except (ValueError, KeyError):
                    return html(_NOT_FOUND, status=404)
                items = [s for s in newest() if name in s.opts.get("tags", [])]
                crumbs = [("/Tin-tuc", "Tin tức"), (None, f"Từ khóa: {name}")]
                return html(
                    _listing(
                        request,
                        f"Từ khóa: {name}",
                        items,
                        "/Tin-tuc",
                        NEWS_PER_PAGE,
                        crumbs,
                        f"tagid={tag}",
                    )
                )
            return html(
                _listing(
                    request, "Tin tức", newest(), "/Tin-tuc", NEWS_PER_PAGE, [(None, "Tin tức")]
                )
            )
        if kind == "cat":
            c = doc[1]
            crumbs = [("/Tin-tuc", "Tin tức"), (None, CATS[c])]
            return html(
                _listing(request, CATS[c], newest(c), f"/Tin-tuc/{c}", CAT_PER_PAGE, crumbs)
            )
        if kind == "year":
            _, c, y = doc
            items = [s for s in newest(c) if when(s).year == y]
            crumbs = [("/Tin-tuc", "Tin tức"), (f"/Tin-tuc/{c}", CATS[c]), (None, str(y))]
            return html(
                _listing(
                    request,
                    f"{CATS[c]} - Năm {y}",
                    items,
                    f"/Tin-tuc/{c}/{y}",
                    CAT_PER_PAGE,
                    crumbs,
                )
            )
        if kind == "month":
            _, c, y, m = doc
            items = [s for s in newest(c) if (when(s).year, when(s).month) == (y, m)]
            crumbs = [
                ("/Tin-tuc", "Tin tức"),
                (f"/Tin-tuc/{c}", CATS[c]),
                (f"/Tin-tuc/{c}/{y}", str(y)),
                (None, f"Tháng {m}"),
            ]
            base = f"/Tin-tuc/{c}/{y}/{m:02d}"
            return html(
                _listing(request, f"{CATS[c]} - Tháng {m}/{y}", items, base, CAT_PER_PAGE, crumbs)
            )
        if kind == "static":
            return html(_static(request, doc[1]))
        if kind == "contact":
            return html(_contact(request))
        if kind == "docs":
            return html(_documents(request))
        if kind == "doc":
            return html(_document(request, doc[1]))
        if kind == "gallery":
            return html(_gallery(request))
        if kind == "album":
            return html(_album(request, doc[1]))
        if kind == "calendar":
            return html(_calendar(request))
        if kind == "search":
            return html(_search(request))
        if kind == "send":
            return html(_send(request, self._node(request)))
        return html(_NOT_FOUND, status=404)


def build_site() -> KenticoSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return KenticoSite()
