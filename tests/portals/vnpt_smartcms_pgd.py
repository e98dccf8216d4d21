"""VNPT "SmartCMS" hosted portal of Phòng Giáo dục và Đào tạo thành phố Cao Bằng (tỉnh Cao Bằng).

Platform: a telecom vendor's hosted portal for district offices, Java Spring MVC + Thymeleaf on
Tomcat, jQuery 1.12 and Bootstrap 3 in the theme, one theme per province ("caobang"). Links made
by Thymeleaf's ``@{…}`` go through Tomcat's ``encodeURL``: a client that sends no ``JSESSIONID``
cookie gets every application link rewritten to ``…;jsessionid=<id>?…`` (and a Set-Cookie).

URL scheme
- ``/`` -> 302 to ``/portal/trang-chu`` (the home page);
- lists ``/portal/tin-tuc/danh-sach?categoryId=<c>&pageIndex=<N>`` (page 1 also without
  ``pageIndex``), three items a page; categories 21 "Tin tức - Sự kiện", 22 "Hoạt động chuyên
  môn", 23 "Gương người tốt - việc tốt" (empty), 24 "Thông báo";
- articles ``/portal/tin-tuc/chi-tiet/<id>?categoryId=<c>``; the same controller also answers
  ``?categoryId=0`` (the home page's "Tin mới" box) and no ``categoryId`` at all (the "Tin xem
  nhiều" sidebar);
- static pages ``/portal/gioi-thieu/<code>`` (tong-quan, co-cau-to-chuc, lien-he);
- documents ``/portal/van-ban`` (register) and ``/portal/van-ban/<id>`` (one entry);
- search ``/portal/tim-kiem?keyword=…`` (GET form in the header), poll ``/portal/binh-chon``
  (POST only);
- images and theme files under ``/upload/…`` and ``/resources/…``; one PDF attachment.

Page templates: home (slider "Tin mới", one box per category, notices marquee, "Văn bản mới"),
category list (``div.ds-tin`` of ``div.item-tin``, pager ``ul.phantrang``), article
(``div.ctn-detail`` with ``div.tieude-ct`` title, ``div.tt-ct`` meta row, ``div.mota-ct`` sapo,
``div#noidung.nd-ct`` content from CKEditor, ``div.dinhkem`` attachments, tool bar, "Các tin
khác"), static page, document register, document entry. Every page has the header (today's date,
search form), the horizontal menu with drop-downs, breadcrumbs ``div.dd-link``, the right column
(most read, website links select, poll, visitor counter) and the footer.

How each gold article is reached: the five newest through the home "Tin mới" slider
(``categoryId=0`` links) and the category boxes (three per category); the older ones of
categories 21 and 22 (5142, 5131, 5150, 5136) only through page 2 of their list; three articles
also through the "Tin xem nhiều" sidebar (bare ``chi-tiet/<id>`` links).

Traps
1. Tomcat URL rewriting: without a cookie every application link carries ``;jsessionid=…``
   (fixed value here). Gold: the clean path; the ``;jsessionid`` forms are in ``alt_paths``.
2. One article, three addresses: ``?categoryId=<c>`` (lists, boxes, canonical), ``?categoryId=0``
   (home slider) and no query (most-read sidebar), all 200 with the same page; the page's
   ``<link rel="canonical">`` names the category form. Gold: the category form; the other two
   (and their jsessionid forms) are alt_paths.
3. The ``article:published_time`` meta (and the JSON the share tool reads) is the record's
   *modification* time in UTC (vendor template bug); the printed "Ngày đăng: dd/MM/yyyy HH:mm" is
   the publication time, "Cập nhật: …" next to it is the update. Gold: "Ngày đăng" with +07:00;
   a printed "00:00" is a day without time (5163 -> "2026-10-28").
4. The title is printed only in ``div.tieude-ct`` (no h1); ``<title>`` is the generic "Chi tiết tin
   tức - …" and ``og:title`` the site's name. List pages abbreviate titles with "...". Gold: the
   ``tieude-ct`` text in full.
5. Meta row "Tác giả:" is a CMS field, sometimes empty (then the byline is typed at the end of
   the text) and sometimes with a degree ("ThS. Nông Văn Tuấn" -> "Nông Văn Tuấn");
   "Người đăng: pgd.tpcaobang" is the CMS account -> nobody. Typed bylines: "Tin, ảnh: X (unit)"
   -> X author and photographer; "Tin: X - Ảnh: Y" -> [X], [Y]; a right-aligned unit alone
   ("Tổ Tiểu học") -> the unit; "X - Chuyên viên Phòng GD&ĐT" -> X.
6. Captions in three CKEditor forms: a two-row table (image row, italic caption row), a centred
   italic paragraph after the image paragraph (looks like body text: it is not), and
   ``figure/figcaption``; a line "(Ảnh: X)" only credits -> caption None, X a photographer;
   enclosing parentheses are taken off captions.
7. A hidden print template ``<script type="text/x-tmpl" id="tmplIn">`` repeats the title and
   the whole content for the jQuery "In bài" window, and the "Các tin khác" list (titles with
   dates) sits inside the same ``div.ctn-detail`` as the text. Gold: the text once, no list.
8. An official notice (5203) printed as a document: letterhead table, "THÔNG BÁO / Về việc…",
   "Nơi nhận" and signer table. Gold: date = the letterhead's day 2026-11-30 (the page's "Ngày
   đăng" is 03/12/2026 10:05), author = the signer "Triệu Văn Đức", body without letterhead,
   kind/subject lines and closing.
9. Text encodings: 5131's content is stored with FCKeditor-style entities (named, decimal and raw
   UTF-8 mixed), 5142's in NFD (decomposed tone marks). Gold: NFC text.
10. End-of-text lines that are not text: "Nguồn: Sở GD&ĐT Cao Bằng" (source), "Xem thêm: <link>",
    "Tệp đính kèm" with a PDF link, the share/print bar; while a paragraph starting "Theo Kế
    hoạch số …" is body text (source null).
11. Pager bug: "Trang sau ›" on the last page still links to the page after it, which answers 200
    with "Không có dữ liệu" (a listing, bounded: it has no pager).
12. An emoji drawn as ``<img alt="👉" class="emoji">`` at the start of a line is the line's bullet
    (no text, not an image); an emoji typed as a character ("👉 Cha mẹ…") is kept.
13. Document entries ``/portal/van-ban/<id>`` look like articles (title, "Ngày ban hành", "Trích
    yếu", a paragraph of text): not articles (NON_ARTICLES), nor are the intro/contact pages.

Gold decisions on ambiguous points
- category: the breadcrumb's last item (the leaf category: "Tin tức - Sự kiện", not the "Tin
  tức" menu parent).
- summary: only when ``div.mota-ct`` prints a sapo (bold lead outside the content); the meta
  description (first 160 characters of the text) is not a sapo.
- 5203: the signer's post "TRƯỞNG PHÒNG" and "(Đã ký)" are the closing, not body or author.
- 5197: a text-only notice without byline -> authors [].
- 5170: the attachment-only notice keeps its two printed paragraphs as body; the PDF is not an
  image and its "Tệp đính kèm" line is not body.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "vnpt_smartcms_pgd"
PLATFORM = "VNPT SmartCMS (Java Spring MVC + Thymeleaf, jQuery) — PGD thành phố Cao Bằng"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
JSID = "9C4E1F0B7A3D52E8B61C0D94F2A7E35B"
SITE = "Phòng Giáo dục và Đào tạo thành phố Cao Bằng"
PAGE_SIZE = 3

CATS: dict[int, str] = {
    21: "Tin tức - Sự kiện",
    22: "Hoạt động chuyên môn",
    23: "Gương người tốt - việc tốt",
    24: "Thông báo",
}
#: categories printed under the "Tin tức" menu parent (breadcrumb Trang chủ » Tin tức » <cat>)
NEWS_CATS = (21, 22, 23)
UP = "/upload/caobang/pgdtp/2026"


def _right(html_text: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{html_text}</strong></p>')


STORIES: list[Story] = [
    # ---------------------------------------------------------------- 21 Tin tức - Sự kiện
    Story(
        id=5201,
        slug="hoi-khoe-phu-dong",
        title="Phòng GD&ĐT thành phố tổ chức Hội khỏe Phù Đổng cấp thành phố năm 2026",
        cat="21",
        published_at="2026-12-02T09:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 28/11 đến ngày 01/12/2026, tại Nhà thi đấu thành phố và sân vận động "
                "Trường THCS Hợp Giang, Phòng Giáo dục và Đào tạo thành phố Cao Bằng tổ chức Hội "
                "khỏe Phù Đổng cấp thành phố năm 2026 với sự tham gia của hơn 650 vận động viên "
                "đến từ 31 trường tiểu học và trung học cơ sở."
            ),
            P(
                "Hội khỏe gồm 8 môn thi đấu: điền kinh, bơi lội, cờ vua, cầu lông, bóng bàn, đá "
                "cầu, kéo co và bóng đá mini. Đây là dịp để học sinh thể hiện năng khiếu thể thao, "
                "đồng thời để các nhà trường đánh giá kết quả công tác giáo dục thể chất."
            ),
            Img(
                f"{UP}/12/hkpd-khai-mac.jpg",
                "Lễ khai mạc Hội khỏe Phù Đổng cấp thành phố năm 2026",
                "Lễ khai mạc Hội khỏe Phù Đổng cấp thành phố năm 2026",
                style="table",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Trưởng phòng Giáo dục và Đào tạo đề nghị các vận "
                "động viên thi đấu trung thực, đoàn kết, cao thượng; ban tổ chức và tổ trọng tài "
                "làm việc khách quan, đúng luật."
            ),
            Img(
                f"{UP}/12/hkpd-keo-co.jpg",
                "Học sinh tranh tài ở môn kéo co",
                "Học sinh tranh tài ở môn kéo co",
                style="table",
            ),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức đã trao 48 huy chương vàng, 52 huy chương bạc và "
                "70 huy chương đồng cho các vận động viên; Trường THCS Hợp Giang xếp thứ nhất toàn "
                "đoàn khối THCS, Trường TH Sông Hiến xếp thứ nhất khối tiểu học."
            ),
            _right("Tin, ảnh: Hoàng Văn Khải (Trường THCS Hợp Giang)"),
        ],
        authors=["Hoàng Văn Khải"],
        photographers=["Hoàng Văn Khải"],
        opts={"posted": "02/12/2026 09:45", "updated": "04/12/2026 08:00", "tacgia": ""},
    ),
    Story(
        id=5188,
        slug="ky-niem-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="21",
        published_at="2026-11-19T15:20:00+07:00",
        summary=(
            "Sáng 19/11, Phòng Giáo dục và Đào tạo thành phố Cao Bằng tổ chức gặp mặt kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam và biểu dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi gặp mặt có đại diện lãnh đạo Thành ủy, HĐND, UBND thành phố, các nhà giáo "
                "lão thành, cán bộ quản lý và giáo viên tiêu biểu của các trường trên địa bàn."
            ),
            P(
                "Năm học 2025-2026, toàn ngành có 18 tập thể và 126 cá nhân được các cấp khen "
                "thưởng; tỷ lệ trường đạt chuẩn quốc gia của thành phố đạt 87,5%, cao nhất tỉnh."
            ),
            Img(
                f"{UP}/11/gap-mat-20-11.jpg",
                "(Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo)",
                "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo",
                style="para",
            ),
            P(
                "Nhân dịp này, UBND thành phố tặng Giấy khen cho 25 nhà giáo có thành tích xuất "
                "sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
            Img(f"{UP}/11/gap-mat-20-11-2.jpg", None, None, style="para"),
        ],
        authors=["Lục Thị Thu Hà"],
        opts={"posted": "19/11/2026 15:20", "tacgia": "Lục Thị Thu Hà"},
    ),
    Story(
        id=5163,
        slug="mn-hoa-hong-hoc-tap-suot-doi",
        title="Trường Mầm non Hoa Hồng hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="21",
        published_at="2026-10-28",
        blocks=[
            P(
                "Hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề “Học tập suốt "
                "đời trong kỷ nguyên số”, Trường Mầm non Hoa Hồng đã tổ chức nhiều hoạt động thiết "
                "thực cho trẻ, giáo viên và cha mẹ trẻ."
            ),
            P("Các hoạt động chính gồm:"),
            P("Trưng bày sách, tranh truyện tại thư viện thân thiện ngoài trời;", "li"),
            P("Tổ chức chuyên đề “Bé yêu sách” cho trẻ mẫu giáo lớn;", "li"),
            P("Bồi dưỡng kỹ năng ứng dụng công nghệ thông tin cho giáo viên.", "li"),
            Img(
                f"{UP}/10/mn-hoa-hong.jpg",
                "Trẻ mẫu giáo lớn đọc truyện tranh tại thư viện ngoài trời",
                "Trẻ mẫu giáo lớn đọc truyện tranh tại thư viện ngoài trời",
                style="figure",
            ),
            P(
                "Qua Tuần lễ, nhà trường mong muốn lan tỏa văn hóa đọc, xây dựng thói quen tự học "
                "của mỗi giáo viên và tình yêu sách cho trẻ ngay từ lứa tuổi mầm non."
            ),
            _right("Trường MN Hoa Hồng"),
        ],
        authors=["Trường MN Hoa Hồng"],
        opts={"posted": "28/10/2026 00:00", "tacgia": ""},
    ),
    Story(
        id=5142,
        slug="th-song-hien-ngay-hoi-doc-sach",
        title="Liên đội Trường TH Sông Hiến tổ chức Ngày hội đọc sách",
        cat="21",
        published_at="2026-10-15T10:10:00+07:00",
        blocks=[
            P(
                "Ngày 14/10/2026, Liên đội Trường Tiểu học Sông Hiến tổ chức Ngày hội đọc sách với "
                "chủ đề “Mỗi ngày một trang sách hay” cho gần 900 học sinh toàn trường."
            ),
            Img(f"{UP}/10/song-hien-doc-sach.jpg", "(Ảnh: Đàm Thị Lan)", None, style="para"),
            P(
                "Tại ngày hội, các chi đội đã giới thiệu sách theo hình thức sân khấu hóa, thi kể "
                "chuyện theo sách và vẽ tranh về nhân vật em yêu thích."
            ),
            P(
                "Liên đội cũng phát động phong trào quyên góp sách, báo cũ để xây dựng tủ sách lớp "
                "học, thu được hơn 1.200 cuốn sách các loại."
            ),
            Img(
                f"{UP}/10/song-hien-tu-sach.jpg",
                "Tủ sách lớp học do học sinh quyên góp",
                "Tủ sách lớp học do học sinh quyên góp",
                style="table",
            ),
            _right("Đàm Thị Lan"),
        ],
        authors=["Đàm Thị Lan"],
        photographers=["Đàm Thị Lan"],
        opts={"posted": "15/10/2026 10:10", "tacgia": "", "nfd": True},
    ),
    Story(
        id=5131,
        slug="doan-kiem-tra-so-de-tham",
        title="Đoàn kiểm tra của Sở GD&ĐT làm việc tại Trường THCS Đề Thám",
        cat="21",
        published_at="2026-10-06T16:00:00+07:00",
        blocks=[
            P(
                "Ngày 05/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo tỉnh Cao Bằng do đồng "
                "chí Phó Giám đốc Sở làm trưởng đoàn đã kiểm tra công tác chuẩn bị và tổ chức năm "
                "học mới tại Trường THCS Đề Thám."
            ),
            P(
                "Đoàn đã kiểm tra cơ sở vật chất, hồ sơ chuyên môn, kế hoạch giáo dục nhà trường "
                "và dự giờ một số tiết dạy của giáo viên các môn Toán, Ngữ văn và Tiếng Anh."
            ),
            P(
                "Đồng chí trưởng đoàn ghi nhận sự chủ động của nhà trường, đồng thời đề nghị tiếp "
                "tục đẩy mạnh chuyển đổi số, nâng cao chất lượng giáo dục mũi nhọn."
            ),
            Raw('<p style="text-align:right"><em>Nguồn: Sở GD&amp;ĐT Cao Bằng</em></p>'),
        ],
        source="Sở GD&ĐT Cao Bằng",
        opts={"posted": "06/10/2026 16:00", "tacgia": "", "entities": 2},
    ),
    # ---------------------------------------------------------------- 22 Hoạt động chuyên môn
    Story(
        id=5205,
        slug="gvdg-tieu-hoc",
        title="Hội thi giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026-2027",
        cat="22",
        published_at="2026-12-04T08:15:00+07:00",
        summary=(
            "Hội thi giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026-2027 diễn ra từ "
            "ngày 30/11 đến ngày 03/12/2026 với 64 giáo viên dự thi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các giáo viên dự thi trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
                "giảng dạy và thực hành dạy hai tiết (một tiết bốc thăm, một tiết tự chọn)."
            ),
            Img(
                f"{UP}/12/gvdg-th-1.jpg",
                "Cô giáo Trường TH Ngọc Xuân trong tiết dạy thực hành môn Tiếng Việt",
                "Cô giáo Trường TH Ngọc Xuân trong tiết dạy thực hành môn Tiếng Việt",
                style="figure",
            ),
            P(
                "Kết quả, 52 giáo viên được công nhận giáo viên dạy giỏi cấp thành phố, trong đó "
                "12 giáo viên đạt giải xuất sắc."
            ),
            _right("Tổ Tiểu học"),
        ],
        authors=["Tổ Tiểu học"],
        opts={"posted": "04/12/2026 08:15", "tacgia": ""},
    ),
    Story(
        id=5194,
        slug="chuyen-de-ngu-van",
        title="Chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018”",
        cat="22",
        published_at="2026-11-25T14:00:00+07:00",
        blocks=[
            P(
                "Ngày 24/11/2026, tại Trường THCS Hợp Giang, Phòng GD&ĐT thành phố tổ chức chuyên "
                "đề cấp thành phố môn Ngữ văn cho giáo viên các trường THCS."
            ),
            P("1. Mục đích", "h"),
            P(
                "Trao đổi kinh nghiệm dạy học đọc hiểu văn bản theo thể loại;",
                "br",
            ),
            P("Thống nhất cách ra đề kiểm tra đánh giá theo ma trận và bản đặc tả."),
            P("2. Nội dung", "h"),
            P(
                "Giáo viên Trường THCS Hợp Giang dạy minh họa bài “Làng” (Kim Lân) lớp 9; các đại "
                "biểu thảo luận, góp ý theo hướng phân tích bài học."
            ),
            P(
                "Theo đánh giá của tổ chuyên môn, tiết dạy đã phát huy tính chủ động của học sinh, "
                "sử dụng hiệu quả phiếu học tập và sơ đồ tư duy."
            ),
        ],
        authors=["Nông Văn Tuấn"],
        opts={"posted": "25/11/2026 14:00", "tacgia": "ThS. Nông Văn Tuấn"},
    ),
    Story(
        id=5177,
        slug="tin-hoc-tre",
        title="Kết quả Hội thi Tin học trẻ cấp thành phố năm 2026",
        cat="22",
        published_at="2026-11-12T10:30:00+07:00",
        blocks=[
            P(
                "Hội thi Tin học trẻ cấp thành phố năm 2026 thu hút 96 thí sinh của 24 trường "
                "tiểu học và trung học cơ sở tham gia ở ba bảng thi."
            ),
            P("Bảng thi | Số thí sinh | Giải Nhất | Giải Nhì | Giải Ba", "tr"),
            P("Bảng A (Tiểu học) | 38 | 2 | 4 | 7", "tr"),
            P("Bảng B (THCS) | 41 | 1 | 5 | 8", "tr"),
            P("Bảng C1 (Sản phẩm sáng tạo) | 17 | 1 | 2 | 3", "tr"),
            P(
                "Ban tổ chức lựa chọn 15 thí sinh xuất sắc tham gia Hội thi cấp tỉnh dự kiến tổ "
                "chức vào tháng 3/2027."
            ),
            _right("Bế Thị Ngọc Ánh - Chuyên viên Phòng GD&amp;ĐT"),
        ],
        authors=["Bế Thị Ngọc Ánh"],
        opts={"posted": "12/11/2026 10:30", "tacgia": ""},
    ),
    Story(
        id=5150,
        slug="tap-huan-ai",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên",
        cat="22",
        published_at="2026-10-21T07:50:00+07:00",
        blocks=[
            P(
                "Theo Kế hoạch số 215/KH-PGDĐT ngày 10/10/2026, Phòng Giáo dục và Đào tạo thành "
                "phố tổ chức tập huấn ứng dụng trí tuệ nhân tạo (AI) trong dạy học cho 180 cán bộ "
                "quản lý và giáo viên cốt cán."
            ),
            P(
                "Học viên được hướng dẫn sử dụng các công cụ AI để soạn học liệu, thiết kế câu hỏi "
                "và phiếu học tập, đồng thời lưu ý các nguyên tắc an toàn thông tin, bảo vệ dữ liệu "
                "cá nhân của học sinh."
            ),
            Img(f"{UP}/10/tap-huan-ai.jpg", None, None, style="para"),
            P(
                "Sau tập huấn, mỗi trường xây dựng ít nhất 05 bài học minh họa có ứng dụng AI, nộp "
                "về Phòng trước ngày 30/11/2026."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/portal/tin-tuc/chi-tiet/5194?categoryId=22">'
                "Chuyên đề đổi mới phương pháp dạy học môn Ngữ văn</a></p>"
            ),
        ],
        authors=["Lý Thị Hồng Nhung"],
        opts={"posted": "21/10/2026 07:50", "tacgia": "Lý Thị Hồng Nhung"},
    ),
    Story(
        id=5136,
        slug="sinh-hoat-cum-thcs",
        title="Sinh hoạt chuyên môn cụm trường THCS khu vực trung tâm",
        cat="22",
        published_at="2026-10-09T15:30:00+07:00",
        blocks=[
            P(
                "Ngày 08/10/2026, cụm trường THCS khu vực trung tâm gồm các trường THCS Hợp Giang, "
                "Đề Thám, Sông Bằng và Duyệt Trung tổ chức sinh hoạt chuyên môn đầu năm học."
            ),
            P(
                "Các tổ chuyên môn thảo luận về việc xây dựng kế hoạch bài dạy theo Công văn 5512, "
                "chia sẻ ngân hàng câu hỏi và thống nhất lịch kiểm tra giữa kỳ I."
            ),
            Img(
                f"{UP}/10/cum-thcs.jpg",
                "(Giáo viên các trường trong cụm thảo luận nhóm)",
                "Giáo viên các trường trong cụm thảo luận nhóm",
                style="table",
            ),
            P("Buổi sinh hoạt kết thúc với phần bầu cụm trưởng và cụm phó năm học 2026-2027."),
            _right("Tin: Nguyễn Thị Vân - Ảnh: Hà Minh Đức"),
        ],
        authors=["Nguyễn Thị Vân"],
        photographers=["Hà Minh Đức"],
        opts={"posted": "09/10/2026 15:30", "tacgia": ""},
    ),
    # ---------------------------------------------------------------- 24 Thông báo
    Story(
        id=5203,
        slug="tb-tuyen-chon-gv-hop-dong",
        title="Thông báo tuyển chọn giáo viên hợp đồng giảng dạy năm học 2026-2027",
        cat="24",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="text-align:center;width:45%"><p>UBND THÀNH PHỐ CAO BẰNG<br>'
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p><p>Số: 412/TB-PGDĐT</p></td>"
                '<td style="text-align:center"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
                "<p><em>Cao Bằng, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center"><strong>Về việc tuyển chọn giáo viên hợp đồng giảng '
                "dạy năm học 2026-2027</strong></p>"
            ),
            P(
                "Căn cứ nhu cầu giáo viên của các trường học trực thuộc, Phòng Giáo dục và Đào tạo "
                "thành phố Cao Bằng thông báo tuyển chọn giáo viên hợp đồng như sau:"
            ),
            P("1. Số lượng: 12 giáo viên (05 giáo viên Tiểu học, 04 giáo viên Tiếng Anh, 03 giáo viên Tin học)."),
            P(
                "2. Điều kiện: có bằng tốt nghiệp đại học sư phạm đúng chuyên ngành, đủ sức khỏe, "
                "có hộ khẩu thường trú hoặc tạm trú tại tỉnh Cao Bằng."
            ),
            P(
                "3. Hồ sơ nộp tại Phòng Giáo dục và Đào tạo thành phố (số 018 đường Hoàng Đình Giong, "
                "phường Hợp Giang) từ ngày 01/12 đến hết ngày 15/12/2026."
            ),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br>'
                "- Các trường MN, TH, THCS;<br>- Cổng TTĐT Phòng;<br>- Lưu: VT.</p></td>"
                '<td style="text-align:center;vertical-align:top"><p><strong>TRƯỞNG PHÒNG</strong></p>'
                "<p><em>(Đã ký)</em></p><p>&nbsp;</p><p><strong>Triệu Văn Đức</strong></p></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Triệu Văn Đức"],
        opts={"posted": "03/12/2026 10:05", "tacgia": ""},
    ),
    Story(
        id=5197,
        slug="tb-nghi-hoc-ret",
        title="Thông báo cho học sinh mầm non, tiểu học nghỉ học do rét đậm, rét hại",
        cat="24",
        published_at="2026-11-28T06:30:00+07:00",
        blocks=[
            P(
                "Theo dự báo của Đài Khí tượng Thủy văn tỉnh Cao Bằng, từ ngày 28/11/2026 trên địa "
                "bàn thành phố có rét đậm, rét hại, nhiệt độ thấp nhất phổ biến từ 6 đến 8 độ C."
            ),
            P("Phòng Giáo dục và Đào tạo thành phố thông báo như sau:"),
            P(
                "Học sinh mầm non và tiểu học được nghỉ học các ngày 28/11 và 30/11/2026 khi nhiệt "
                "độ ngoài trời dưới 7 độ C.",
                "emoji",
            ),
            P(
                "Học sinh THCS đi học bình thường; các trường chủ động lùi giờ vào học buổi sáng "
                "30 phút.",
                "emoji",
            ),
            P(
                "👉 Cha mẹ học sinh theo dõi thông tin trên trang thông tin điện tử của nhà trường "
                "và nhóm Zalo của lớp."
            ),
        ],
        opts={"posted": "28/11/2026 06:30", "tacgia": ""},
    ),
    Story(
        id=5170,
        slug="tb-ket-qua-sang-kien",
        title="Thông báo kết quả xét công nhận sáng kiến cấp thành phố năm học 2025-2026",
        cat="24",
        published_at="2026-11-06T16:45:00+07:00",
        blocks=[
            P(
                "Hội đồng xét công nhận sáng kiến cấp thành phố đã họp và thống nhất công nhận 47 "
                "sáng kiến của cán bộ quản lý, giáo viên các trường trực thuộc năm học 2025-2026."
            ),
            P("Danh sách chi tiết các sáng kiến được công nhận xem tại tệp đính kèm."),
        ],
        opts={
            "posted": "06/11/2026 16:45",
            "tacgia": "",
            "attach": ("/upload/caobang/pgdtp/files/QD_cong_nhan_sang_kien_2026.pdf",
                       "QD_cong_nhan_sang_kien_2026.pdf"),
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _ts(posted: str) -> tuple[int, ...]:
    d, t = posted.split(" ")
    day, month, year = d.split("/")
    hh, mm = t.split(":")
    return int(year), int(month), int(day), int(hh), int(mm)


def _utc(posted: str) -> str:
    """The vendor's meta: the record's time in UTC ("Z"), as the JVM prints an Instant."""
    y, mo, d, h, mi = _ts(posted)
    h -= 7
    if h < 0:
        h += 24
        d -= 1  # no article is posted on the 1st before 07:00
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00Z"


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: _ts(s.opts["posted"]), reverse=True)


def _cat_stories(cat: int) -> list[Story]:
    return _by_date([s for s in STORIES if int(s.cat) == cat])


NEWEST = _by_date(STORIES)[:5]
MOST_READ = [5188, 5163, 5177]

DOCS: dict[int, dict[str, str]] = {
    3305: {
        "so": "415/PGDĐT-TH",
        "ngay": "02/12/2026",
        "loai": "Công văn",
        "trich": "V/v tổ chức Giao lưu Trạng nguyên Tiếng Việt cấp thành phố năm học 2026-2027",
        "nguoi": "Triệu Văn Đức",
    },
    3302: {
        "so": "398/KH-PGDĐT",
        "ngay": "20/11/2026",
        "loai": "Kế hoạch",
        "trich": "Kế hoạch kiểm tra nội bộ các trường học năm học 2026-2027",
        "nguoi": "Hoàng Thị Thu Trang",
    },
    3301: {
        "so": "215/KH-PGDĐT",
        "ngay": "10/10/2026",
        "loai": "Kế hoạch",
        "trich": "Kế hoạch tập huấn ứng dụng trí tuệ nhân tạo trong dạy học",
        "nguoi": "Triệu Văn Đức",
    },
}

STATIC_PAGES: dict[str, tuple[str, list[str]]] = {
    "tong-quan": (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo thành phố Cao Bằng là cơ quan chuyên môn thuộc UBND thành "
            "phố, tham mưu giúp UBND thành phố quản lý nhà nước về giáo dục mầm non, giáo dục phổ "
            "thông trên địa bàn.",
            "Năm học 2026-2027, toàn thành phố có 16 trường mầm non, 12 trường tiểu học, 2 trường "
            "phổ thông cơ sở và 10 trường trung học cơ sở với hơn 21.000 học sinh.",
            "Ngày cập nhật: 15/09/2026",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Triệu Văn Đức",
            "Phó Trưởng phòng: Hoàng Thị Thu Trang; Nông Văn Tuấn",
            "Các bộ phận: Tổ Mầm non, Tổ Tiểu học, Tổ THCS, Tổ Tổ chức - Hành chính, Tổ Kế toán.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Phòng Giáo dục và Đào tạo thành phố Cao Bằng",
            "Địa chỉ: Số 018 đường Hoàng Đình Giong, phường Hợp Giang, thành phố Cao Bằng, tỉnh Cao Bằng",
            "Điện thoại: 0206.3852.416 - Email: pgdtp@caobang.edu.vn",
        ],
    ),
}

# ------------------------------------------------------------------------------------- helpers


class _Ctx:
    """Per request: whether Tomcat rewrites URLs (no JSESSIONID cookie) and the request itself."""

    def __init__(self, request: Request):
        self.request = request
        self.rewrite = "JSESSIONID=" not in request.headers.get("Cookie", "")

    def u(self, target: str) -> str:
        """``@{…}``: an application URL, with ``;jsessionid`` when the client has no cookie."""
        if not self.rewrite:
            return esc(target)
        path, sep, query = target.partition("?")
        return esc(f"{path};jsessionid={JSID}{sep}{query}")


def article_path(story: Story, cat: int | None = None) -> str:
    c = int(story.cat) if cat is None else cat
    return f"/portal/tin-tuc/chi-tiet/{story.id}?categoryId={c}"


def bare_path(story: Story) -> str:
    return f"/portal/tin-tuc/chi-tiet/{story.id}"


def list_path(cat: int, page: int | None = None) -> str:
    p = f"/portal/tin-tuc/danh-sach?categoryId={cat}"
    return p + (f"&pageIndex={page}" if page else "")


def _with_jsid(target: str) -> str:
    path, sep, query = target.partition("?")
    return f"{path};jsessionid={JSID}{sep}{query}"


def _abbr(title: str, n: int = 60) -> str:
    return title if len(title) <= n else title[: n - 3].rstrip() + "..."


def _plain(story: Story) -> str:
    return " ".join(story.paragraphs)


# ------------------------------------------------------------------------------------- chrome


def _menu(ctx: _Ctx) -> str:
    news = "".join(
        f'<li><a href="{ctx.u(list_path(c))}">{esc(CATS[c])}</a></li>' for c in NEWS_CATS
    )
    intro = "".join(
        f'<li><a href="{ctx.u("/portal/gioi-thieu/" + code)}">{esc(t)}</a></li>'
        for code, (t, _) in STATIC_PAGES.items()
    )
    return (
        '<nav class="navbar mnu-ngang"><ul class="nav navbar-nav" id="mnu_1">'
        f'<li><a href="{ctx.u("/portal/trang-chu")}"><i class="fa fa-home"></i> Trang chủ</a></li>'
        f'<li class="dropdown"><a href="javascript:;" class="dropdown-toggle" data-toggle="dropdown">'
        f'Giới thiệu <b class="caret"></b></a><ul class="dropdown-menu">{intro}</ul></li>'
        f'<li class="dropdown"><a href="javascript:;" class="dropdown-toggle" data-toggle="dropdown">'
        f'Tin tức <b class="caret"></b></a><ul class="dropdown-menu">{news}</ul></li>'
        f'<li><a href="{ctx.u(list_path(24))}">Thông báo</a></li>'
        f'<li><a href="{ctx.u("/portal/van-ban")}">Văn bản</a></li>'
        '<li><a href="https://qlgd.caobang.edu.vn/" target="_blank">CSDL ngành</a></li>'
        f'<li><a href="{ctx.u("/portal/gioi-thieu/lien-he")}">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _sidebar(ctx: _Ctx) -> str:
    most = "".join(
        f'<li><a href="{ctx.u(bare_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a>'
        f' <span class="lx">({BY_ID[i].views()} lượt xem)</span></li>'
        for i in MOST_READ
    )
    return (
        '<div class="col-md-3 cot-phai">'
        '<div class="pl-box" id="pl_xemnhieu"><div class="tit-box">Tin xem nhiều</div>'
        f'<ul class="ds-xn">{most}</ul></div>'
        '<div class="pl-box" id="pl_lienket"><div class="tit-box">Liên kết website</div>'
        '<select class="form-control" onchange="if(this.value)window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.caobang.gov.vn">Sở GD&amp;ĐT Cao Bằng</option>'
        '<option value="https://thanhpho.caobang.gov.vn">Cổng TTĐT thành phố Cao Bằng</option>'
        "</select></div>"
        '<div class="pl-box" id="pl_binhchon"><div class="tit-box">Thăm dò ý kiến</div>'
        f'<form method="post" action="{ctx.u("/portal/binh-chon")}">'
        '<input type="hidden" name="_csrf" value="5b0f3c9e-7d41-4a2b-9a86-1f2e3d4c5b6a">'
        "<p>Bạn đánh giá thế nào về cổng thông tin này?</p>"
        '<label><input type="radio" name="phuongAn" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="phuongAn" value="2"> Hữu ích</label><br>'
        '<label><input type="radio" name="phuongAn" value="3"> Bình thường</label><br>'
        '<button type="submit" class="btn btn-xs">Bình chọn</button></form></div>'
        '<div class="pl-box" id="pl_thongke"><div class="tit-box">Thống kê truy cập</div>'
        '<table class="tk"><tr><td>Đang online:</td><td>27</td></tr>'
        "<tr><td>Hôm nay:</td><td>1.342</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>2.418.776</td></tr></table></div>"
        '<div class="pl-box"><a href="https://dichvucong.caobang.gov.vn" target="_blank">'
        '<img src="/resources/themes/caobang/images/bn-dichvucong.png" alt="Dịch vụ công"></a></div>'
        "</div>"
    )


def _page(ctx: _Ctx, title: str, crumbs: list[tuple[str, str | None]], main: str,
          head_extra: str = "", tail: str = "") -> Response:
    crumb_html = " <span>»</span> ".join(
        f'<a href="{ctx.u(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        for label, href in [("Trang chủ", "/portal/trang-chu"), *crumbs]
    )
    page = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)} - Phòng GD&amp;ĐT Thành phố Cao Bằng</title>\n"
        f'<link rel="icon" href="{ctx.u("/resources/themes/caobang/images/favicon.ico")}">\n'
        f'<link rel="stylesheet" href="{ctx.u("/resources/lib/bootstrap/css/bootstrap.min.css")}">\n'
        f'<link rel="stylesheet" href="{ctx.u("/resources/themes/caobang/css/style.css")}">\n'
        f"{head_extra}"
        f'<script src="{ctx.u("/resources/lib/jquery/jquery-1.12.4.min.js")}"></script>\n'
        '<script>var ctx = "/"; var _csrf_header = "X-CSRF-TOKEN";</script>\n'
        "</head>\n<body>\n"
        '<div id="wrapper" class="container">'
        '<div class="hd-top row"><div class="col-md-6"><span class="ngay-ht">'
        f'<i class="fa fa-clock-o"></i> {TODAY}</span></div>'
        '<div class="col-md-6 text-right">'
        f'<form class="frm-tk" action="{ctx.u("/portal/tim-kiem")}" method="get">'
        '<input type="text" name="keyword" placeholder="Nhập từ khóa..."> '
        '<button type="submit"><i class="fa fa-search"></i></button></form>'
        ' <a href="https://sso.caobang.gov.vn/cas/login">Đăng nhập</a></div></div>'
        '<div class="banner"><img src="/resources/themes/caobang/images/banner-pgd.jpg" '
        f'alt="{esc(SITE)}"></div>'
        f"{_menu(ctx)}"
        '<div class="marquee-tb"><marquee scrollamount="3">Chào mừng kỷ niệm 44 năm Ngày Nhà '
        "giáo Việt Nam 20/11 - Thi đua dạy tốt, học tốt!</marquee></div>"
        f'<div class="dd-link">{crumb_html}</div>'
        f'<div class="row"><div class="col-md-9 cot-trai">{main}</div>{_sidebar(ctx)}</div>'
        '<div class="footer"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CAO BẰNG</strong></p>'
        "<p>Địa chỉ: Số 018 đường Hoàng Đình Giong, phường Hợp Giang, thành phố Cao Bằng, tỉnh "
        "Cao Bằng</p><p>Điện thoại: 0206.3852.416 - Email: pgdtp@caobang.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Trưởng phòng Triệu Văn Đức</p>"
        "<p>© 2026 Bản quyền thuộc Phòng GD&amp;ĐT thành phố Cao Bằng. Thiết kế và phát triển bởi "
        "VNPT Cao Bằng - SmartCMS v3.2</p></div>"
        f"</div>{tail}\n"
        f'<script src="{ctx.u("/resources/themes/caobang/js/main.js")}"></script>\n'
        "</body>\n</html>\n"
    )
    headers = {}
    if ctx.rewrite:
        headers["Set-Cookie"] = f"JSESSIONID={JSID}; Path=/; HttpOnly"
    return html(page, headers=headers)


# ------------------------------------------------------------------------------------ article


def _render_text(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _img_html(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width:600px; height:400px">'
    line = esc(img.printed) if img.printed else None
    if img.style == "table":
        cap = (
            f'<tr><td style="text-align:center"><em>{line}</em></td></tr>' if line else ""
        )
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="image" '
            f'style="width:600px"><tbody><tr><td>{tag}</td></tr>{cap}</tbody></table>'
        )
    if img.style == "figure":
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return f'<figure class="image" style="display:inline-block">{tag}{cap}</figure>'
    out = f'<p style="text-align:center">{tag}</p>'
    if line:
        out += f'<p style="text-align:center"><span style="font-size:12px"><em>{line}</em></span></p>'
    return out


def _content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_render_text(story, blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append(
                    "<tr>" + "".join(
                        f'<{tag} style="border:1px solid #000">{_render_text(story, c)}</{tag}>'
                        for c in cells
                    ) + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width:100%">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        elif b.style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_render_text(story, blocks[i].text))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], P):
                parts.append(_render_text(story, blocks[i].text))
                i += 1
            out.append('<p style="text-align:justify">' + "<br>\n".join(parts) + "</p>")
            continue
        elif b.style == "h":
            out.append(f'<p><span style="font-size:14pt"><strong>{_render_text(story, b.text)}'
                       "</strong></span></p>")
        elif b.style == "emoji":
            out.append(
                '<p style="text-align:justify"><img alt="👉" class="emoji" '
                'src="/resources/images/emoji/1f449.png" style="height:16px; width:16px">'
                f"&nbsp;{_render_text(story, b.text)}</p>"
            )
        else:
            out.append(f'<p style="text-align:justify">{_render_text(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


def _article(ctx: _Ctx, story: Story) -> Response:
    cat = int(story.cat)
    o = story.opts
    meta = [f'<span class="ngdang"><i class="fa fa-calendar"></i> Ngày đăng: {o["posted"]}</span>']
    if o.get("updated"):
        meta.append(f'<span class="ngcn">Cập nhật: {o["updated"]}</span>')
    meta.append(f'<span class="tg">Tác giả: {esc(o["tacgia"])}</span>')
    meta.append('<span class="nd">Người đăng: pgd.tpcaobang</span>')
    meta.append(f'<span class="lx"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>')
    sapo = (
        f'<div class="mota-ct"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside else ""
    )
    content = _content(story)
    attach = ""
    if o.get("attach"):
        href, name = o["attach"]
        attach = (
            '<div class="dinhkem"><b><i class="fa fa-paperclip"></i> Tệp đính kèm:</b> '
            f'<a href="{esc(href)}" target="_blank">{esc(name)}</a> (Tải về)</div>'
        )
    # the two newest others of the category (never the older ones of page 2)
    others = [s for s in _cat_stories(cat)[:PAGE_SIZE] if s.id != story.id][:2]
    other_html = "".join(
        f'<li><a href="{ctx.u(article_path(s))}">{esc(s.title)}</a> '
        f'<span class="ngay">({s.opts["posted"][:10]})</span></li>'
        for s in others
    )
    host = base_url(ctx.request)
    canonical = host + article_path(story)
    main = (
        f'<div class="ctn-detail" id="ctn_{story.id}">'
        f'<div class="tieude-ct">{esc(story.title)}</div>'
        f'<div class="tt-ct">{" | ".join(meta)}</div>'
        f"{sapo}"
        f'<div class="nd-ct" id="noidung">\n{content}\n</div>'
        f"{attach}"
        '<div class="cc-ct"><a href="javascript:;" onclick="inBai()"><i class="fa fa-print"></i> '
        'In bài</a> | <a href="javascript:;" onclick="guiEmail()">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(canonical)}" target="_blank">'
        'Chia sẻ Facebook</a> | <a href="javascript:history.back()">Quay lại</a></div>'
        '<div class="tin-khac"><div class="tit-box">Các tin khác</div>'
        f'<ul class="ds-tk">{other_html}</ul></div>'
        "</div>"
    )
    updated = o.get("updated") or o["posted"]
    desc = _plain(story)[:160]
    head = (
        f'<meta name="description" content="{esc(desc)}">\n'
        f'<meta property="og:title" content="Cổng thông tin điện tử {esc(SITE)}">\n'
        f'<meta property="og:url" content="{esc(canonical)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="article:published_time" content="{_utc(updated)}">\n'
        f'<link rel="canonical" href="{esc(canonical)}">\n'
    )
    tail = (
        '\n<script type="text/x-tmpl" id="tmplIn">'
        f'<h2>{esc(story.title)}</h2><div class="in-nd">{content}</div>'
        "</script>\n"
        "<script>function inBai(){var w=window.open('','_blank');"
        "w.document.write($('#tmplIn').html());w.print();}"
        f"var _shareData={{\"id\":{story.id},\"time\":\"{_utc(updated)}\"}};</script>"
    )
    crumbs: list[tuple[str, str | None]] = []
    if cat in NEWS_CATS:
        crumbs.append(("Tin tức", None))
    crumbs.append((CATS[cat], list_path(cat)))
    return _page(ctx, "Chi tiết tin tức", crumbs, main, head, tail)


# -------------------------------------------------------------------------------- list pages


def _item(ctx: _Ctx, s: Story) -> str:
    lead = s.summary or _plain(s)
    lead = lead if len(lead) <= 180 else lead[:177].rstrip() + "..."
    return (
        '<div class="item-tin row">'
        f'<div class="col-md-4"><a href="{ctx.u(article_path(s))}">'
        f'<img class="anh-dd" src="/upload/caobang/pgdtp/thumb/{s.id}_thumb.jpg" alt=""></a></div>'
        f'<div class="col-md-8"><a class="tde" href="{ctx.u(article_path(s))}" '
        f'title="{esc(s.title)}">{esc(_abbr(s.title))}</a>'
        f'<span class="ngay">{s.opts["posted"][:10]}</span>'
        f'<p class="tomtat">{esc(lead)}</p></div></div>'
    )


def _list(ctx: _Ctx, cat: int, page: int) -> Response:
    items = _cat_stories(cat)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    if chunk:
        body = "".join(_item(ctx, s) for s in chunk)
        links = []
        if page > 1:
            links.append(f'<li><a href="{ctx.u(list_path(cat, 1))}">«</a></li>')
            links.append(f'<li><a href="{ctx.u(list_path(cat, page - 1))}">‹</a></li>')
        for n in range(1, pages + 1):
            cls = ' class="active"' if n == page else ""
            links.append(f'<li{cls}><a href="{ctx.u(list_path(cat, n))}">{n}</a></li>')
        # the vendor's pager prints "Trang sau" without checking the last page
        links.append(f'<li><a href="{ctx.u(list_path(cat, page + 1))}" title="Trang sau">›</a></li>')
        links.append(f'<li><a href="{ctx.u(list_path(cat, pages))}" title="Trang cuối">»</a></li>')
        pager = f'<ul class="pagination phantrang">{"".join(links)}</ul>'
    else:
        body = '<div class="alert alert-info">Không có dữ liệu</div>'
        pager = ""
    main = (
        f'<div class="tit-cm"><h3>{esc(CATS[cat])}</h3></div>'
        f'<div class="ds-tin">{body}</div>{pager}'
    )
    crumbs: list[tuple[str, str | None]] = []
    if cat in NEWS_CATS:
        crumbs.append(("Tin tức", None))
    crumbs.append((CATS[cat], None))
    return _page(ctx, CATS[cat], crumbs, main)


# ----------------------------------------------------------------------------------- home


def _home(ctx: _Ctx) -> Response:
    slider = "".join(
        f'<div class="item{" active" if n == 0 else ""}">'
        f'<a href="{ctx.u(article_path(s, 0))}"><img src="/upload/caobang/pgdtp/thumb/{s.id}_thumb.jpg" '
        f'alt="{esc(s.title)}"></a><div class="carousel-caption">'
        f'<a href="{ctx.u(article_path(s, 0))}">{esc(s.title)}</a>'
        f'<span class="ngay">{s.opts["posted"][:10]}</span></div></div>'
        for n, s in enumerate(NEWEST)
    )
    boxes = []
    for cat in (21, 22):
        lis = "".join(
            f'<li><a href="{ctx.u(article_path(s))}">{esc(s.title)}</a> '
            f'<span class="ngay">({s.opts["posted"][:10]})</span></li>'
            for s in _cat_stories(cat)[:PAGE_SIZE]
        )
        boxes.append(
            f'<div class="box-cm" id="box_{cat}"><div class="tit-box"><a href="{ctx.u(list_path(cat))}">'
            f'{esc(CATS[cat])}</a></div><ul>{lis}</ul>'
            f'<a class="xemtiep" href="{ctx.u(list_path(cat))}">Xem tiếp »</a></div>'
        )
    notices = "".join(
        f'<li><a href="{ctx.u(article_path(s))}">{esc(s.title)}</a></li>' for s in _cat_stories(24)
    )
    docs = "".join(
        f'<tr><td><a href="{ctx.u(f"/portal/van-ban/{i}")}">{esc(d["so"])}</a></td>'
        f'<td>{esc(d["trich"])}</td><td>{d["ngay"]}</td></tr>'
        for i, d in DOCS.items()
    )
    main = (
        f'<div id="slTinMoi" class="carousel slide"><div class="tit-box">Tin mới</div>'
        f'<div class="carousel-inner">{slider}</div></div>'
        f'<div class="box-tb"><div class="tit-box">Thông báo</div><marquee direction="up" '
        f'scrollamount="2"><ul>{notices}</ul></marquee></div>'
        + "".join(boxes)
        + '<div class="box-vb"><div class="tit-box">Văn bản mới</div><table class="table">'
        f"<tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>{docs}</table>"
        f'<a href="{ctx.u("/portal/van-ban")}">Xem tất cả »</a></div>'
    )
    return _page(ctx, "Trang chủ", [], main)


# ------------------------------------------------------------------------ non-article pages


def _static(ctx: _Ctx, code: str) -> Response:
    title, paras = STATIC_PAGES[code]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f'<div class="gt-ct"><div class="tieude-ct">{esc(title)}</div><div class="nd-ct">{body}</div></div>'
    return _page(ctx, title, [("Giới thiệu", None), (title, None)], main)


def _doc_list(ctx: _Ctx) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="{ctx.u(f"/portal/van-ban/{i}")}">{esc(d["so"])}</a></td>'
        f'<td>{d["ngay"]}</td><td>{esc(d["loai"])}</td><td>{esc(d["trich"])}</td></tr>'
        for n, (i, d) in enumerate(DOCS.items(), 1)
    )
    main = (
        '<div class="tit-cm"><h3>Văn bản chỉ đạo điều hành</h3></div>'
        '<table class="table table-bordered vb"><tr><th>STT</th><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th></tr>{rows}</table>"
    )
    return _page(ctx, "Văn bản", [("Văn bản", None)], main)


def _doc(ctx: _Ctx, doc_id: int) -> Response:
    d = DOCS[doc_id]
    main = (
        '<div class="vb-ct"><div class="tieude-ct">'
        f'{esc(d["loai"])} số {esc(d["so"])}</div>'
        '<table class="table table-bordered">'
        f'<tr><td>Số/Ký hiệu</td><td>{esc(d["so"])}</td></tr>'
        f'<tr><td>Ngày ban hành</td><td>{d["ngay"]}</td></tr>'
        f'<tr><td>Loại văn bản</td><td>{esc(d["loai"])}</td></tr>'
        "<tr><td>Cơ quan ban hành</td><td>Phòng Giáo dục và Đào tạo</td></tr>"
        f'<tr><td>Người ký</td><td>{esc(d["nguoi"])}</td></tr>'
        f'<tr><td>Trích yếu</td><td>{esc(d["trich"])}</td></tr></table>'
        f'<p>{esc(d["trich"])}. Đề nghị các đơn vị trường học nghiên cứu, triển khai thực hiện '
        "nghiêm túc nội dung văn bản; trong quá trình thực hiện nếu có vướng mắc, báo cáo về "
        "Phòng Giáo dục và Đào tạo để được hướng dẫn.</p>"
        f'<p><b>Tệp đính kèm:</b> <a href="/upload/caobang/pgdtp/vanban/{doc_id}.pdf">'
        f"{doc_id}.pdf</a></p></div>"
    )
    return _page(ctx, "Chi tiết văn bản", [("Văn bản", "/portal/van-ban"), (d["so"], None)], main)


def _search(ctx: _Ctx, keyword: str) -> Response:
    kw = keyword.strip().lower()
    if not kw:
        body = '<div class="alert alert-warning">Vui lòng nhập từ khóa tìm kiếm</div>'
    else:
        found = [s for s in _by_date(STORIES) if kw in s.title.lower()]
        body = "".join(_item(ctx, s) for s in found) or (
            '<div class="alert alert-info">Không tìm thấy kết quả phù hợp</div>'
        )
    main = (
        f'<div class="tit-cm"><h3>Kết quả tìm kiếm: {esc(keyword)}</h3></div>'
        f'<div class="ds-tin">{body}</div>'
    )
    return _page(ctx, "Tìm kiếm", [("Tìm kiếm", None)], main)


def _poll(ctx: _Ctx) -> Response:
    main = (
        '<div class="tit-cm"><h3>Kết quả bình chọn</h3></div>'
        "<table class=\"table\"><tr><td>Rất hữu ích</td><td>62%</td></tr>"
        "<tr><td>Hữu ích</td><td>31%</td></tr><tr><td>Bình thường</td><td>7%</td></tr></table>"
    )
    return _page(ctx, "Bình chọn", [("Bình chọn", None)], main)


# ------------------------------------------------------------------------------------- router

_ARTICLE = re.compile(r"^/portal/tin-tuc/chi-tiet/(\d+)$")
_DOC = re.compile(r"^/portal/van-ban/(\d+)$")
_STATIC = re.compile(r"^/portal/gioi-thieu/([a-z-]+)$")


class SmartCmsSite:
    def respond(self, request: Request) -> Response | None:
        # Tomcat ignores path parameters (";jsessionid=…") when mapping the request
        path = request.path.split(";", 1)[0]
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        ctx = _Ctx(request)
        if path.startswith(("/upload/", "/resources/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return redirect("/portal/trang-chu")
        if path in ("/portal", "/portal/trang-chu") and not params:
            return _home(ctx)
        if path == "/portal/tin-tuc/danh-sach":
            if set(params) - {"categoryId", "pageIndex"}:
                return None
            try:
                cat = int(params.get("categoryId", ""))
                page = int(params.get("pageIndex") or 1)
            except ValueError:
                return None
            if cat not in CATS or page < 1 or page > 20:
                return None
            return _list(ctx, cat, page)
        if m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(1)))
            if story is None or set(params) - {"categoryId"}:
                return None
            if "categoryId" in params and params["categoryId"] not in (story.cat, "0"):
                return None
            return _article(ctx, story)
        if m := _STATIC.match(path):
            return _static(ctx, m.group(1)) if m.group(1) in STATIC_PAGES and not params else None
        if path == "/portal/van-ban" and not params:
            return _doc_list(ctx)
        if m := _DOC.match(path):
            return _doc(ctx, int(m.group(1))) if int(m.group(1)) in DOCS and not params else None
        if path == "/portal/tim-kiem":
            return _search(ctx, params.get("keyword", ""))
        if path == "/portal/binh-chon":
            if request.method != "POST":
                return Response(405, "Request method 'GET' not supported", {"Content-Type": "text/plain"})
            return _poll(ctx)
        return None


def build_site() -> SmartCmsSite:
    return SmartCmsSite()


# --------------------------------------------------------------------------------------- gold


def _alts(story: Story) -> list[str]:
    canon = article_path(story)
    others = [article_path(story, 0), bare_path(story)]
    return [*others, _with_jsid(canon), *(_with_jsid(p) for p in others)]


GOLD = [
    gold_record(s, article_path(s), CATS[int(s.cat)], alt_paths=_alts(s)) for s in STORIES
]

NON_ARTICLES = [
    "/portal/gioi-thieu/tong-quan",
    "/portal/gioi-thieu/co-cau-to-chuc",
    "/portal/gioi-thieu/lien-he",
    "/portal/van-ban/3305",
    "/portal/van-ban/3302",
    "/portal/van-ban/3301",
]
