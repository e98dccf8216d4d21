"""Fixture portal: Trường Chính trị tỉnh Lai Châu on a Vietnamese vendor's ASP.NET portal product
whose category lists are paged by JavaScript (an AJAX handler), about 2015-2019.

The imitated product ("TCT Portal 3.2", ASP.NET WebForms with URL routing, jQuery 1.11, CKEditor
4) was sold to provincial schools and agencies; its news module renders the first page of a
category on the server and pages the rest through ``/Ajax/DanhSachTin.ashx``.

What it serves
--------------
- ``/``: header (emblem, "ĐẢNG BỘ TỈNH LAI CHÂU", "TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU", today's date
  TODAY), a mega menu, a marquee, "Tin tiêu điểm" (the three newest articles, linked by the old
  address ``/chi-tiet-tin.aspx?id=N``), one block per news category (its newest entries, friendly
  links, "Xem tất cả"), and the sidebar.
- Category pages ``/tin-tuc/c/<cid>/<slug>.html`` (cid 12 "Hoạt động đào tạo", 15 "Nghiên cứu
  khoa học", 18 "Thông báo"): ``<div id="divDanhSachTin">`` holding the first ``PAGE_SIZE`` (4)
  entries (thumbnail, title link, "(dd/mm/yyyy)", a short description), then, where there is more
  than one page, a pager whose links are all ``<a href="javascript:void(0)"
  onclick="LoadDanhSachTin(12, 2)">2</a>`` … "Trang sau ›", "Trang cuối »". No plain link reaches
  page 2 or 3; ``?page=2`` on the category address is ignored (page 1 again).
- ``/Scripts/portal.news.js`` (loaded in every page's head) defines ``LoadDanhSachTin(cid, page)``:
  ``$.ajax({url: '/Ajax/DanhSachTin.ashx', type: 'GET', cache: false, data: {cid: cid, page:
  page, size: 4}, dataType: 'html'})`` and puts the answer into ``#divDanhSachTin``. What a
  crawler must infer: the handler address and the parameter names ``cid``/``page``/``size`` come
  from the script, the category id and page numbers from the onclick calls; ``GET
  /Ajax/DanhSachTin.ashx?cid=12&page=2&size=4`` answers an HTML fragment (no ``<html>``) of
  entries plus its own onclick pager. jQuery's ``cache: false`` adds ``&_=<timestamp>``, which the
  handler ignores. Without ``size`` the handler uses its default of 10; ``page=0`` (or garbage)
  answers page 1; a page past the last (``page=99``) answers an empty fragment (200, zero bytes
  of entries, no pager); an unknown ``cid`` answers ``<div class="no-data">Không có dữ
  liệu</div>``.
- Category 12 has 9 articles (pages of 4, 4, 1); 15 and 18 fit on one page (no pager printed).
  The four oldest articles of category 12 (ids 1229, 1224, 1219, 1212) are reachable ONLY
  through the handler: the feed carries the 8 newest articles overall, "Tin cùng chuyên mục"
  lists the 4 newest other articles of the category, the home page shows the newest entries,
  there is no sitemap.xml (robots.txt names none). The only other road to them is the date
  filter's endless day trail (below) walked back day by day, and the search page, which is
  itself filled by script (``/Ajax/TimKiem.ashx``).
- Article pages ``/tin-tuc/d/<id>/<slug>.html`` and the same page at ``/chi-tiet-tin.aspx?id=<id>``
  (the product's old address, still linked from "Tin tiêu điểm"; no rel=canonical on either:
  ``alt_paths``). The page: breadcrumb "Trang chủ » Tin tức » <category>", ``h1.news-detail-title``,
  ``div.news-detail-info`` "Ngày đăng: 23/11/2026 | Cập nhật: 24/11/2026 | Lượt xem: 412" (the
  "Thông báo" layout prints the time: "Ngày đăng: 22/11/2026 - 14:30"; "Cập nhật" only on edited
  posts), a tools bar (Cỡ chữ A- A A+, "In bài" → ``?print=1``, "Gửi email" (a popup by script),
  Facebook/Zalo), ``div.news-detail-lead`` (the lead, bold or italic; printed empty when the post
  has none), ``div.news-detail-content`` (CKEditor 4 HTML: justified paragraphs, images in a
  centred paragraph with the caption as the next centred italic paragraph or after a ``<br />``
  in the same one, a table (exam schedule), lists, bylines as the last right-aligned lines),
  "Từ khóa" links to the search page, "Tin cùng chuyên mục" (server-rendered, dated), a hidden
  ``itemprop="datePublished"`` meta with the stored time. Sidebar: search box, "Thông báo" (dated),
  "Tin đã đăng" (date filter form), "Văn bản chỉ đạo", the poll "Thăm dò ý kiến" (POST), "Thống
  kê truy cập", banner links. Footer with address, phone, "Chịu trách nhiệm chính", vendor credit.
- ``/rss.aspx`` (announced in every head): RSS 2.0, the 8 newest articles, friendly links.
- Non-articles: ``/gioi-thieu/lich-su-hinh-thanh.html`` and ``/gioi-thieu/co-cau-to-chuc.html``
  (standing pages in the article template, with title, "Ngày đăng" of 2018 and views, but no
  lead, no bylines, breadcrumb "Giới thiệu", no "Tin cùng chuyên mục"), ``/lien-he.html``
  (contact form), ``/van-ban.html`` (register table) and three entries ``/van-ban/<id>/<slug>.html``
  (fields and a PDF), ``/thu-vien-anh.html`` (album grid, lightbox links to JPEGs),
  ``/lich-cong-tac.html`` (week schedule), ``/so-do-site.html`` (HTML site map), the print views,
  and the soft 404 page.

Traps and hard cases
--------------------
- The AJAX pager (above): pages 2-3 of category 12 exist only as handler fragments.
- "Tin đã đăng": a form (day/month/year selects without names, a hidden ``ngay`` that a script
  fills, default today) that GETs ``/tin-tuc/c/12/hoat-dong-dao-tao.html?ngay=14/11/2026``. Every
  valid day 1900-2999 answers 200 with that day's list ("Không có tin nào…" mostly) and prints
  "« Ngày trước" / "Ngày sau »" links: an endless trail.
- ``/lich-cong-tac.html?tuan=N&nam=Y``: "« Tuần trước" / "Tuần sau »" links for any week of
  years 1900-2999; only weeks 47-49 of 2026 hold events. Endless.
- ``?print=1`` on an article: the print view (the same text, ``window.print()``), linked from
  every article ("In bài"). A duplicate, not an article of its own (NON_ARTICLES).
- ``/chi-tiet-tin.aspx?id=N``: the same article under a second address, no canonical.
- Unknown paths and unknown article ids answer 302 to ``/Error.aspx?aspxerrorpath=<path>``, which
  answers 200 "Trang bạn yêu cầu không tồn tại" (a soft 404). Article 1224 links to a deleted
  article (id 856) that ends there.
- The standing "Giới thiệu" pages look like articles (same template, a date, views).
- The poll posts to ``/Ajax/BinhChon.ashx``; "Gửi email" opens ``/GuiEmail.aspx?id=N`` by script.

Encodings: UTF-8 everywhere (header and meta). Article 1229 was saved with CKEditor's default
``entities`` option: Latin-1 letters as named entities (``&agrave;``, ``&ocirc;``…), the other
Vietnamese letters raw. Article 1219 was typed in decomposed Unicode (NFD: title, lead and text).

Gold (by hand)
--------------
- published_at: the "Ngày đăng" day (date only; the ``datePublished`` meta's time is a machine
  time under a printed day and is ignored); the "Thông báo" posts print a time, so theirs carry
  it (+07:00). The "Cập nhật" day (article 1245) is not the publication date.
- summary: the ``div.news-detail-lead`` text (bold or italic), also the body's first paragraph;
  None where the lead div is empty, except article 1236 whose first body paragraph is wholly
  bold (a lead typed by hand: summary and first paragraph).
- body: the content's paragraphs in order, sub-headings ("1. Đối tượng, tiêu chuẩn") and list
  items included (an ``<ol>`` item without its number), a table row as one paragraph with cells
  joined by " | " (header row included); captions, bylines and widgets excluded.
- captions: the centred italic line under a photo, without wrapping parentheses and without a
  leading "Ảnh:" label (article 1236: "Ảnh: Giảng viên …" is a description, not a credit);
  photos without a line have caption None. Article 1233's photo is printed with an absolute
  address on the production host (gold keeps that URL).
- authors/photographers/source: "Tin: X" → author; "Ảnh: Y" → photographer; "Tin, ảnh: Z" → both;
  "Bài: X - Ảnh: Y" → X author, Y photographer; "Tin: A, B" → two authors; a bare right-aligned
  name "ThS. Nguyễn Thị Thu Hằng" → "Nguyễn Thị Thu Hằng"; "ThS. Lê Thị Hồng Nhung - Khoa Xây
  dựng Đảng" → "Lê Thị Hồng Nhung"; a unit signing alone ("Khoa Lý luận cơ sở", "Phòng Quản lý
  đào tạo") is the author; "Nguồn: Học viện Chính trị khu vực I" → source, the name above it
  ("Minh Đức") stays the author. The "Thông báo" posts are signed by nobody: authors [].
- category: the breadcrumb's last crumb (the category name).
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from html.entities import codepoint2name
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "ajaxpager_vendor_tct"
PLATFORM = "aspnet-vendor-ajaxpager"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Lai Châu"
SITE_UPPER = "TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU"
ADDRESS = "Đường Trần Phú, phường Tân Phong, tỉnh Lai Châu"
PHONE = "0213.3876.112"
FAX = "0213.3876.119"
EMAIL = "truongchinhtri@laichau.gov.vn"
PROD_HOST = "http://truongchinhtri.laichau.gov.vn"
TODAY_DATE = date(2026, 11, 25)
TODAY_DMY = f"{TODAY_DATE:%d/%m/%Y}"
PAGE_SIZE = 4
DEFAULT_SIZE = 10
FEED_SIZE = 8
RELATED = 4
HANDLER = "/Ajax/DanhSachTin.ashx"
SCRIPT = "/Scripts/portal.news.js"
UP = "/Uploads/images/tintuc/2026"

#: categories: cid -> (slug, printed name)
CATS: dict[int, tuple[str, str]] = {
    12: ("hoat-dong-dao-tao", "Hoạt động đào tạo"),
    15: ("nghien-cuu-khoa-hoc", "Nghiên cứu khoa học"),
    18: ("thong-bao", "Thông báo"),
}


def _by(line: str, style: str = "strong") -> Raw:
    """A byline as editors type it: the last right-aligned lines of the text."""
    inner = f"<{style}>{esc(line)}</{style}>"
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# Story.cat is the cid as text. opts: at (stored datetime), time (the page prints the time),
# lead ("strong" | "em"; the lead div's markup), updated (a "Cập nhật" day), tags, entities
# (CKEditor's Latin-1 named entities), nfd (typed decomposed).
# P styles: "" (justified), "bold" (a first paragraph wholly bold), "sub" (bold sub-heading),
# "th"/"tr" (table rows, cells " | "), "ul"/"ol" (list items), "a|href|phrase" (a link inside).
# Img styles: "next" (caption is the next centred italic paragraph), "br" (after a <br /> in the
# image's own paragraph), "none" (no line).
STORIES: list[Story] = [
    Story(
        id=1245,
        slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-58-he-tap-trung",
        title="Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 58 hệ tập trung",
        cat="12",
        published_at="2026-11-23",
        summary=(
            "Sáng ngày 21/11/2026, Trường Chính trị tỉnh Lai Châu tổ chức lễ bế giảng và trao bằng"
            " tốt nghiệp cho 96 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 58 hệ"
            " tập trung."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ bế giảng có đồng chí Nguyễn Văn Bình, Phó Trưởng Ban Tuyên giáo và Dân vận"
                " Tỉnh ủy; đồng chí Trần Thị Mai, Phó Giám đốc Sở Nội vụ; lãnh đạo Trường Chính trị"
                " tỉnh, các khoa, phòng cùng toàn thể học viên của lớp."
            ),
            Img(
                f"{UP}/11/be-giang-k58-1.jpg",
                "(Đồng chí Hiệu trưởng Trường Chính trị tỉnh phát biểu tại lễ bế giảng)",
                "Đồng chí Hiệu trưởng Trường Chính trị tỉnh phát biểu tại lễ bế giảng",
                "next",
            ),
            P(
                "Sau hơn 8 tháng học tập, các học viên đã hoàn thành chương trình đào tạo gồm 4 phần"
                " học với 19 học phần, tham gia đi nghiên cứu thực tế tại xã Sìn Hồ và viết khóa luận"
                " tốt nghiệp. Kết quả, có 21 học viên tốt nghiệp loại giỏi (chiếm 21,9%), 72 học viên"
                " loại khá (75%) và 3 học viên loại trung bình khá."
            ),
            P(
                "Phát biểu bế giảng, đồng chí Hiệu trưởng ghi nhận tinh thần học tập nghiêm túc, ý"
                " thức tổ chức kỷ luật của học viên; đề nghị mỗi học viên sau khi trở về đơn vị tiếp"
                " tục tự học, tự rèn luyện, vận dụng sáng tạo kiến thức lý luận đã được trang bị vào"
                " thực tiễn công tác tại cơ sở."
            ),
            Img(
                f"{UP}/11/be-giang-k58-2.jpg",
                "(Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập)",
                "Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập",
                "br",
            ),
            P(
                "Nhân dịp này, Nhà trường đã khen thưởng 12 học viên có thành tích xuất sắc trong học"
                " tập và rèn luyện; Ban Cán sự lớp được tặng giấy khen vì đã hoàn thành tốt nhiệm vụ"
                " trong khóa học."
            ),
            _by("Tin: Hoàng Minh Phúc"),
            _by("Ảnh: Thanh Tâm"),
        ],
        authors=["Hoàng Minh Phúc"],
        photographers=["Thanh Tâm"],
        opts={
            "at": datetime(2026, 11, 23, 8, 15),
            "lead": "strong",
            "updated": date(2026, 11, 24),
            "tags": ["Trung cấp lý luận chính trị", "bế giảng"],
        },
    ),
    Story(
        id=1244,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-nam-2027",
        title=(
            "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung"
            " năm 2027"
        ),
        cat="18",
        published_at="2026-11-22T14:30:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt,"
                " Trường Chính trị tỉnh Lai Châu thông báo tuyển sinh lớp Trung cấp lý luận chính trị"
                " - hành chính hệ không tập trung năm 2027 như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", "sub"),
            P(
                "Cán bộ, công chức, viên chức đang công tác tại các cơ quan Đảng, Nhà nước, Mặt trận"
                " Tổ quốc và các tổ chức chính trị - xã hội cấp tỉnh và cấp xã;",
                "ul",
            ),
            P("Là đảng viên Đảng Cộng sản Việt Nam, có trình độ chuyên môn từ trung cấp trở lên;", "ul"),
            P("Được cơ quan có thẩm quyền cử đi học theo quy hoạch.", "ul"),
            P("2. Hồ sơ dự tuyển", "sub"),
            P(
                "Hồ sơ gồm: Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền; bản sao có"
                " chứng thực bằng tốt nghiệp chuyên môn; sơ yếu lý lịch có xác nhận của cơ quan quản"
                " lý; giấy chứng nhận sức khỏe."
            ),
            P("3. Thời gian nhận hồ sơ", "sub"),
            P(
                "Từ ngày 01/12/2026 đến hết ngày 25/12/2026 tại Phòng Quản lý đào tạo, Trường Chính"
                " trị tỉnh Lai Châu. Điện thoại liên hệ: 0213.3876.112."
            ),
        ],
        opts={"at": datetime(2026, 11, 22, 14, 30), "time": True, "tags": ["tuyển sinh"]},
    ),
    Story(
        id=1243,
        slug="hoi-thao-khoa-hoc-van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-cap-xa",
        title=(
            "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng"
            " cán bộ cấp xã hiện nay”"
        ),
        cat="15",
        published_at="2026-11-21",
        summary=(
            "Ngày 20/11/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường với sự"
            " tham gia của gần 80 đại biểu là giảng viên, cán bộ quản lý và đại diện một số cơ"
            " quan, đơn vị trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhận được 27 bài tham luận của giảng viên Nhà trường, cán bộ Ban Tổ chức"
                " Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy và một số đảng ủy xã. Các tham luận tập"
                " trung làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí Minh về cán bộ và công tác"
                " cán bộ; đánh giá thực trạng đội ngũ cán bộ cấp xã sau khi thực hiện mô hình chính"
                " quyền địa phương hai cấp."
            ),
            Img(f"{UP}/11/hoi-thao-tu-tuong-hcm-ve-can-bo.jpg", "Quang cảnh Hội thảo", "Quang cảnh Hội thảo"),
            P(
                "Nhiều ý kiến cho rằng, chương trình bồi dưỡng cán bộ cấp xã cần giảm lý thuyết, tăng"
                " thời lượng thực hành, tình huống; đổi mới phương pháp giảng dạy theo hướng lấy"
                " người học làm trung tâm, gắn với yêu cầu giải quyết công việc thực tế ở cơ sở."
            ),
            P(
                "Kết luận Hội thảo, đồng chí Phó Hiệu trưởng phụ trách công tác khoa học đề nghị các"
                " khoa chuyên môn tiếp thu các ý kiến đóng góp để điều chỉnh nội dung bài giảng, đồng"
                " thời chọn lọc các tham luận có chất lượng để đăng trên Thông tin khoa học của Nhà"
                " trường."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>ThS. Lê Thị Hồng Nhung - Khoa Xây dựng'
                " Đảng</em></strong></p>"
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={
            "at": datetime(2026, 11, 21, 16, 40),
            "lead": "em",
            "tags": ["hội thảo khoa học", "tư tưởng Hồ Chí Minh"],
        },
    ),
    Story(
        id=1241,
        slug="khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="12",
        published_at="2026-11-19",
        summary=(
            "Ngày 18/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng"
            " lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 120 học viên là cán bộ, đảng viên"
            " thuộc đối tượng 4."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong thời gian 10 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của Đảng"
                " về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; xây dựng khu vực"
                " phòng thủ cấp tỉnh; công tác bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia;"
                " phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ của các thế lực thù"
                " địch."
            ),
            Img(f"{UP}/11/khai-giang-qpan-doi-tuong-4.jpg", None, None, "none"),
            P(
                "Ngoài nội dung lý thuyết, học viên sẽ được thực hành bắn súng AK bài 1b và tham quan"
                " mô hình học cụ tại Trường Quân sự tỉnh."
            ),
            _by("Tin, ảnh: Lò Văn Thắng"),
        ],
        authors=["Lò Văn Thắng"],
        photographers=["Lò Văn Thắng"],
        opts={"at": datetime(2026, 11, 19, 10, 5), "lead": "em", "tags": ["quốc phòng an ninh"]},
    ),
    Story(
        id=1238,
        slug="lich-thi-cuoi-khoa-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-59-he-khong-tap-trung",
        title=(
            "Lịch thi cuối khóa lớp Trung cấp lý luận chính trị - hành chính khóa 59 hệ không tập"
            " trung"
        ),
        cat="12",
        published_at="2026-11-16",
        blocks=[
            P(
                "Phòng Quản lý đào tạo thông báo lịch thi hết học phần phần IV và thi tốt nghiệp lớp"
                " Trung cấp lý luận chính trị - hành chính khóa 59 hệ không tập trung mở tại xã Tam"
                " Đường như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Hình thức | Địa điểm", "th"),
            P("30/11/2026 | Sáng | Kỹ năng lãnh đạo, quản lý | Tự luận | Hội trường A", "tr"),
            P("30/11/2026 | Chiều | Nghiệp vụ công tác Đảng ở cơ sở | Tự luận | Hội trường A", "tr"),
            P("02/12/2026 | Sáng | Thi tốt nghiệp môn Lý luận chính trị | Tự luận | Hội trường B", "tr"),
            P("03/12/2026 | Sáng | Thi tốt nghiệp môn Nghiệp vụ | Vấn đáp | Phòng 201, 202", "tr"),
            P(
                "Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên hoặc căn"
                " cước. Học viên vắng thi không có lý do chính đáng sẽ không được dự thi lại theo quy"
                " chế."
            ),
            _by("ThS. Nguyễn Thị Thu Hằng"),
        ],
        authors=["Nguyễn Thị Thu Hằng"],
        opts={"at": datetime(2026, 11, 16, 15, 20), "tags": ["lịch thi"]},
    ),
    Story(
        id=1236,
        slug="soi-noi-hoi-giang-giao-vien-cap-truong-nam-2026",
        title="Sôi nổi Hội giảng giáo viên cấp trường năm 2026",
        cat="12",
        published_at="2026-11-14",
        summary=(
            "Từ ngày 10 đến 13/11/2026, Trường Chính trị tỉnh tổ chức Hội giảng giáo viên cấp"
            " trường năm 2026 với 14 giảng viên đến từ 4 khoa chuyên môn tham gia."
        ),
        blocks=[
            P(
                "Từ ngày 10 đến 13/11/2026, Trường Chính trị tỉnh tổ chức Hội giảng giáo viên cấp"
                " trường năm 2026 với 14 giảng viên đến từ 4 khoa chuyên môn tham gia.",
                "bold",
            ),
            P(
                "Các bài giảng dự thi bám sát chương trình Trung cấp lý luận chính trị và chương trình"
                " bồi dưỡng cán bộ cấp xã; nhiều giảng viên mạnh dạn ứng dụng công nghệ thông tin, sử"
                " dụng bài giảng điện tử, phương pháp nêu vấn đề, thảo luận nhóm, xử lý tình huống"
                " giúp tiết giảng sinh động, thu hút học viên."
            ),
            Img(
                f"{UP}/11/hoi-giang-2026-1.jpg",
                "Ảnh: Giảng viên Khoa Nhà nước và pháp luật thực hiện bài giảng dự thi",
                "Giảng viên Khoa Nhà nước và pháp luật thực hiện bài giảng dự thi",
            ),
            P(
                "Ban Giám khảo đánh giá Hội giảng năm nay có chất lượng đồng đều, nhiều bài giảng có"
                " sự liên hệ thực tiễn sâu sắc với tình hình địa phương. Kết quả, Ban Tổ chức đã trao"
                " 3 giải Nhất, 4 giải Nhì, 5 giải Ba và 2 giải Khuyến khích."
            ),
            Img(
                f"{UP}/11/hoi-giang-2026-2.jpg",
                "Ảnh: Ban Giám khảo trao giải cho các giảng viên đạt giải Nhất",
                "Ban Giám khảo trao giải cho các giảng viên đạt giải Nhất",
                "br",
            ),
            P(
                "Hội giảng là dịp để đội ngũ giảng viên trao đổi kinh nghiệm, nâng cao trình độ chuyên"
                " môn, nghiệp vụ sư phạm, đồng thời là cơ sở để Nhà trường lựa chọn giảng viên tham"
                " gia Hội thi giảng viên dạy giỏi toàn quốc."
            ),
            _by("Khoa Lý luận cơ sở", "em"),
        ],
        authors=["Khoa Lý luận cơ sở"],
        opts={"at": datetime(2026, 11, 14, 9, 0), "tags": ["hội giảng"]},
    ),
    Story(
        id=1235,
        slug="thong-bao-ve-viec-to-chuc-lop-boi-duong-cap-nhat-kien-thuc-cho-can-bo-lanh-dao-quan-ly-cap-xa",
        title=(
            "Thông báo về việc tổ chức lớp bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản"
            " lý cấp xã"
        ),
        cat="18",
        published_at="2026-11-13T09:15:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 145/KH-TCT ngày 05/01/2026 của Trường Chính trị tỉnh về đào"
                " tạo, bồi dưỡng năm 2026, Nhà trường thông báo tổ chức lớp bồi dưỡng cập nhật kiến"
                " thức cho cán bộ lãnh đạo, quản lý cấp xã (đợt 2) như sau:",
                "a|/van-ban/27/ke-hoach-145-kh-tct.html|Kế hoạch số 145/KH-TCT",
            ),
            P("- Thời gian: 05 ngày, khai giảng vào 07 giờ 30 phút ngày 01/12/2026 (thứ Ba)."),
            P("- Địa điểm: Hội trường A, Trường Chính trị tỉnh Lai Châu."),
            P(
                "- Thành phần: Bí thư, Phó Bí thư đảng ủy; Chủ tịch, Phó Chủ tịch HĐND, UBND các xã,"
                " phường theo danh sách được Ban Tổ chức Tỉnh ủy phê duyệt."
            ),
            P(
                "Đề nghị các đảng ủy xã, phường thông báo cho cán bộ được cử đi học tham gia đầy đủ,"
                " đúng thời gian quy định./."
            ),
        ],
        opts={"at": datetime(2026, 11, 13, 9, 15), "time": True, "tags": ["bồi dưỡng"]},
    ),
    Story(
        id=1233,
        slug="boi-duong-ly-luan-chinh-tri-cho-85-dang-vien-moi-cua-dang-bo-xa-than-uyen",
        title="Bồi dưỡng lý luận chính trị cho 85 đảng viên mới của Đảng bộ xã Than Uyên",
        cat="12",
        published_at="2026-11-11",
        summary=(
            "Từ ngày 05 đến 11/11/2026, Trường Chính trị tỉnh phối hợp với Đảng ủy xã Than Uyên mở"
            " lớp bồi dưỡng lý luận chính trị cho 85 đảng viên mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các học viên được nghiên cứu 8 chuyên đề theo chương trình bồi dưỡng lý luận chính"
                " trị dành cho đảng viên mới, gồm: chủ nghĩa Mác - Lê-nin, tư tưởng Hồ Chí Minh - nền"
                " tảng tư tưởng, kim chỉ nam cho hành động của Đảng; những nội dung cơ bản của Cương"
                " lĩnh, Điều lệ Đảng; nhiệm vụ của đảng viên và vai trò của tổ chức cơ sở đảng."
            ),
            Img(
                f"{PROD_HOST}{UP}/11/dang-vien-moi-than-uyen.jpg",
                "Giảng viên Nhà trường truyền đạt chuyên đề cho học viên lớp đảng viên mới",
                "Giảng viên Nhà trường truyền đạt chuyên đề cho học viên lớp đảng viên mới",
            ),
            P(
                "Kết thúc khóa học, 100% học viên viết bài thu hoạch đạt yêu cầu, trong đó 32 bài đạt"
                " loại giỏi."
            ),
            _by("Tin: Nguyễn Hà My"),
        ],
        authors=["Nguyễn Hà My"],
        opts={"at": datetime(2026, 11, 11, 14, 0), "lead": "strong", "tags": ["đảng viên mới"]},
    ),
    Story(
        id=1231,
        slug="nghiem-thu-3-de-tai-nghien-cuu-khoa-hoc-cap-co-so-nam-2026",
        title="Nghiệm thu 3 đề tài nghiên cứu khoa học cấp cơ sở năm 2026",
        cat="15",
        published_at="2026-11-09",
        blocks=[
            P(
                "Ngày 06/11/2026, Hội đồng khoa học Trường Chính trị tỉnh tổ chức nghiệm thu 3 đề tài"
                " nghiên cứu khoa học cấp cơ sở năm 2026 do giảng viên các khoa chủ nhiệm."
            ),
            P(
                "Các đề tài gồm: “Nâng cao chất lượng nghiên cứu thực tế của học viên Trung cấp lý"
                " luận chính trị - hành chính”; “Giải pháp nâng cao kỹ năng số cho cán bộ, công chức"
                " cấp xã tỉnh Lai Châu”; “Vận dụng phương pháp dạy học tình huống trong giảng dạy học"
                " phần Quản lý hành chính nhà nước”."
            ),
            Img(
                f"{UP}/11/nghiem-thu-de-tai-2026.jpg",
                "Thành viên Hội đồng khoa học nhận xét, đánh giá đề tài",
                "Thành viên Hội đồng khoa học nhận xét, đánh giá đề tài",
            ),
            P(
                "Sau khi nghe các chủ nhiệm đề tài báo cáo tóm tắt kết quả nghiên cứu, các thành viên"
                " Hội đồng đã nhận xét, góp ý. Kết quả, cả 3 đề tài đều được nghiệm thu, trong đó 1 đề"
                " tài xếp loại xuất sắc, 2 đề tài xếp loại khá."
            ),
            _by("Tin: Vũ Quang Huy"),
            _by("Ảnh: Thanh Tâm"),
        ],
        authors=["Vũ Quang Huy"],
        photographers=["Thanh Tâm"],
        opts={"at": datetime(2026, 11, 9, 16, 10), "tags": ["đề tài khoa học"]},
    ),
    Story(
        id=1229,
        slug="cong-nhan-tot-nghiep-cho-hoc-vien-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-57",
        title="Công nhận tốt nghiệp cho học viên lớp Trung cấp lý luận chính trị - hành chính khóa 57",
        cat="12",
        published_at="2026-11-06",
        summary=(
            "Ngày 04/11/2026, Hiệu trưởng Trường Chính trị tỉnh đã ký các quyết định công nhận tốt"
            " nghiệp và cấp bằng cho học viên lớp Trung cấp lý luận chính trị - hành chính khóa 57"
            " hệ không tập trung."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Căn cứ kết quả thi tốt nghiệp và đề nghị của Hội đồng xét tốt nghiệp, Nhà trường đã"
                " ban hành các quyết định sau:"
            ),
            P(
                "Quyết định số 412/QĐ-TCT về việc công nhận tốt nghiệp cho 74 học viên lớp Trung cấp"
                " lý luận chính trị - hành chính khóa 57;",
                "ol",
            ),
            P("Quyết định số 413/QĐ-TCT về việc khen thưởng 9 học viên có thành tích xuất sắc trong khóa học;", "ol"),
            P(
                "Quyết định số 414/QĐ-TCT về việc cho phép 2 học viên bảo lưu kết quả học tập, thi tốt"
                " nghiệp cùng khóa sau.",
                "ol",
            ),
            P("Bằng tốt nghiệp sẽ được trao cho học viên tại lễ bế giảng dự kiến tổ chức trong tháng 12/2026."),
            _by("Phòng Quản lý đào tạo"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={
            "at": datetime(2026, 11, 6, 11, 30),
            "lead": "strong",
            "entities": True,
            "tags": ["Trung cấp lý luận chính trị", "tốt nghiệp"],
        },
    ),
    Story(
        id=1224,
        slug="khai-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-hoc-2026-2028",
        title="Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2026 - 2028",
        cat="12",
        published_at="2026-10-28",
        summary=(
            "Sáng 26/10/2026, tại Trường Chính trị tỉnh Lai Châu, Học viện Chính trị khu vực I khai"
            " giảng lớp Cao cấp lý luận chính trị hệ không tập trung cho 68 học viên là cán bộ lãnh"
            " đạo, quản lý của tỉnh."
        ),
        sapo_outside=True,
        source="Học viện Chính trị khu vực I",
        blocks=[
            P(
                "Trong thời gian hai năm, học viên sẽ nghiên cứu 4 khối kiến thức gồm: những vấn đề cơ"
                " bản của chủ nghĩa Mác - Lê-nin và tư tưởng Hồ Chí Minh; những vấn đề lý luận và"
                " thực tiễn về Đảng Cộng sản Việt Nam; những vấn đề về Nhà nước và pháp luật; khoa học"
                " lãnh đạo, quản lý."
            ),
            Img(f"{UP}/10/khai-giang-cao-cap-2026-2028.jpg", "(Toàn cảnh lễ khai giảng)", "Toàn cảnh lễ khai giảng", "br"),
            P(
                "Phát biểu tại lễ khai giảng, đại diện lãnh đạo Học viện đề nghị học viên phát huy"
                " tinh thần tự học, tự nghiên cứu; chấp hành nghiêm quy chế đào tạo; gắn lý luận với"
                " thực tiễn của địa phương. Trường Chính trị tỉnh với vai trò đơn vị phối hợp sẽ bảo"
                " đảm tốt các điều kiện về cơ sở vật chất, ký túc xá cho học viên trong suốt khóa học."
            ),
            P(
                "Đây là lớp Cao cấp lý luận chính trị thứ ba mở tại tỉnh (xem thêm: Bế giảng lớp Cao"
                " cấp lý luận chính trị khóa 2022 - 2024).",
                "a|/tin-tuc/d/856/be-giang-lop-cao-cap-ly-luan-chinh-tri-khoa-2022-2024.html|"
                "Bế giảng lớp Cao cấp lý luận chính trị khóa 2022 - 2024",
            ),
            _by("Minh Đức"),
            _by("Nguồn: Học viện Chính trị khu vực I", "em"),
        ],
        authors=["Minh Đức"],
        opts={"at": datetime(2026, 10, 28, 7, 45), "lead": "strong", "tags": ["Cao cấp lý luận chính trị"]},
    ),
    Story(
        id=1219,
        slug="hoc-vien-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-58-di-nghien-cuu-thuc-te",
        title="Học viên lớp Trung cấp lý luận chính trị - hành chính khóa 58 đi nghiên cứu thực tế",
        cat="12",
        published_at="2026-10-20",
        blocks=[
            P(
                "Từ ngày 14 đến 17/10/2026, 96 học viên lớp Trung cấp lý luận chính trị - hành chính"
                " khóa 58 hệ tập trung đã đi nghiên cứu thực tế tại xã Sìn Hồ và xã Pa Tần."
            ),
            P(
                "Tại đây, học viên được nghe lãnh đạo địa phương giới thiệu về tình hình kinh tế - xã"
                " hội, công tác xây dựng Đảng, xây dựng chính quyền sau khi sắp xếp đơn vị hành chính;"
                " tìm hiểu mô hình trồng cây mắc ca, chè Shan tuyết và phát triển du lịch cộng đồng"
                " của đồng bào dân tộc Mông, Dao."
            ),
            Img(
                f"{UP}/10/nghien-cuu-thuc-te-k58-1.jpg",
                "Học viên tìm hiểu mô hình trồng chè Shan tuyết tại xã Sìn Hồ",
                "Học viên tìm hiểu mô hình trồng chè Shan tuyết tại xã Sìn Hồ",
            ),
            Img(f"{UP}/10/nghien-cuu-thuc-te-k58-2.jpg", None, None, "none"),
            Img(
                f"{UP}/10/nghien-cuu-thuc-te-k58-3.jpg",
                "Đoàn học viên chụp ảnh lưu niệm cùng lãnh đạo Đảng ủy xã Pa Tần",
                "Đoàn học viên chụp ảnh lưu niệm cùng lãnh đạo Đảng ủy xã Pa Tần",
                "br",
            ),
            P(
                "Qua đợt nghiên cứu thực tế, học viên có thêm tư liệu để hoàn thành khóa luận tốt"
                " nghiệp, đồng thời củng cố kiến thức đã học gắn với thực tiễn của địa phương."
            ),
            _by("Bài: Đỗ Thị Lan - Ảnh: Tòng Văn Dũng"),
        ],
        authors=["Đỗ Thị Lan"],
        photographers=["Tòng Văn Dũng"],
        opts={"at": datetime(2026, 10, 20, 17, 5), "nfd": True, "tags": ["nghiên cứu thực tế"]},
    ),
    Story(
        id=1212,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-60-he-khong-tap-trung",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 60 hệ không tập trung",
        cat="12",
        published_at="2026-10-08",
        summary=(
            "Ngày 06/10/2026, Trường Chính trị tỉnh khai giảng lớp Trung cấp lý luận chính trị -"
            " hành chính khóa 60 hệ không tập trung cho 82 học viên là cán bộ, công chức các xã,"
            " phường khu vực phía Nam của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học được tổ chức theo hình thức vừa làm vừa học trong thời gian 12 tháng, mỗi"
                " tháng học tập trung 10 ngày tại Trường. Đây là lớp Trung cấp lý luận chính trị -"
                " hành chính đầu tiên Nhà trường mở theo chương trình mới ban hành năm 2026."
            ),
            Img(
                f"{UP}/10/khai-giang-k60.jpg",
                "(Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học)",
                "Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên sắp xếp công việc"
                " chuyên môn để tham gia học tập đầy đủ, nghiêm túc chấp hành nội quy, quy chế của Nhà"
                " trường."
            ),
            _by("Tin: Lường Văn Chiến, Hà Thị Yến"),
        ],
        authors=["Lường Văn Chiến", "Hà Thị Yến"],
        opts={"at": datetime(2026, 10, 8, 15, 50), "lead": "em", "tags": ["Trung cấp lý luận chính trị", "khai giảng"]},
    ),
]

_BY_ID = {s.id: s for s in STORIES}
#: newest first, by the stored time
NEWEST = sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)


def in_cat(cid: int) -> list[Story]:
    return [s for s in NEWEST if s.cat == str(cid)]


def article_path(s: Story) -> str:
    return f"/tin-tuc/d/{s.id}/{s.slug}.html"


def alt_path(s: Story) -> str:
    return f"/chi-tiet-tin.aspx?id={s.id}"


def print_path(s: Story) -> str:
    return article_path(s) + "?print=1"


def cat_path(cid: int) -> str:
    return f"/tin-tuc/c/{cid}/{CATS[cid][0]}.html"


def cat_name(s: Story) -> str:
    return CATS[int(s.cat)][1]


def n_pages(count: int, size: int = PAGE_SIZE) -> int:
    return max(1, -(-count // size))


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    number: str
    kind: str
    issued: date
    signer: str
    summary: str
    file: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.id}/{self.slug}.html"


DOCS: list[Doc] = [
    Doc(31, "quyet-dinh-320-qd-tct", "320/QĐ-TCT", "Quyết định", date(2026, 9, 15), "Nguyễn Văn Hải",
        "Ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính của Trường Chính trị tỉnh",
        "/Uploads/files/vanban/2026/320-qd-tct.pdf"),
    Doc(29, "cong-van-86-tct-qldt", "86/TCT-QLĐT", "Công văn", date(2026, 3, 2), "Phạm Văn Hùng",
        "V/v cử cán bộ tham gia lớp bồi dưỡng cập nhật kiến thức năm 2026",
        "/Uploads/files/vanban/2026/86-tct-qldt.pdf"),
    Doc(27, "ke-hoach-145-kh-tct", "145/KH-TCT", "Kế hoạch", date(2026, 1, 5), "Nguyễn Văn Hải",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2026",
        "/Uploads/files/vanban/2026/145-kh-tct.pdf"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

#: standing pages in the article template: path -> (title, posted, views, paragraphs)
PAGES: dict[str, tuple[str, date, int, list[str]]] = {
    "/gioi-thieu/lich-su-hinh-thanh.html": ("Lịch sử hình thành và phát triển", date(2018, 3, 12), 3412, [
        "Trường Chính trị tỉnh Lai Châu được thành lập năm 2004 trên cơ sở Trường Đảng tỉnh Lai"
        " Châu (cũ), là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy và Ủy ban nhân dân tỉnh, chịu"
        " sự chỉ đạo, hướng dẫn về chuyên môn của Học viện Chính trị quốc gia Hồ Chí Minh.",
        "Qua hơn 20 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng cho hơn 45.000"
        " lượt cán bộ, đảng viên của tỉnh; được Chủ tịch nước tặng Huân chương Lao động hạng Nhì"
        " năm 2019.",
    ]),
    "/gioi-thieu/co-cau-to-chuc.html": ("Cơ cấu tổ chức", date(2018, 3, 12), 2107, [
        "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
        "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân"
        " vận.",
        "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
    ]),
}  # fmt: skip
SOFT_404_LINK = "/tin-tuc/d/856/be-giang-lop-cao-cap-ly-luan-chinh-tri-khoa-2022-2024.html"
SOFT_404 = "/Error.aspx?aspxerrorpath=" + SOFT_404_LINK

GOLD: list[dict] = [
    gold_record(s, article_path(s), cat_name(s), alt_paths=[alt_path(s)]) for s in NEWEST
]

NON_ARTICLES: list[str] = [
    "/",
    *(cat_path(c) for c in CATS),
    *PAGES,
    "/lien-he.html",
    "/van-ban.html",
    *(d.path for d in DOCS),
    "/thu-vien-anh.html",
    "/lich-cong-tac.html",
    "/so-do-site.html",
    *(print_path(s) for s in NEWEST),
    SOFT_404,
]


# --- text --------------------------------------------------------------------------------------


def _ck_entities(markup: str) -> str:
    """CKEditor 4's default ``entities`` option: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 0xA0 <= ord(ch) <= 0xFF else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _t(value: str, s: Story | None = None) -> str:
    """Escaped text as the story's editor stored it (decomposed, or with entities)."""
    if s is not None and s.opts.get("nfd"):
        value = unicodedata.normalize("NFD", value)
    out = _html.escape(value, quote=False)
    if s is not None and s.opts.get("entities"):
        out = _ck_entities(out)
    return out


def _title(s: Story) -> str:
    """The title field (a plain text box: typed decomposed or not, never entity-encoded)."""
    value = unicodedata.normalize("NFD", s.title) if s.opts.get("nfd") else s.title
    return _html.escape(value, quote=False)


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _desc(s: Story, words: int = 28) -> str:
    """The listing's description: the lead, else the first paragraph cut at a word."""
    source = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    parts = source.split()
    return source if len(parts) <= words else " ".join(parts[:words]) + "..."


def _thumb(s: Story) -> str:
    imgs = s.images
    if not imgs:
        return "/Content/images/no-image.jpg"
    src = imgs[0].src
    return src[len(PROD_HOST):] if src.startswith(PROD_HOST) else src


# --- page chrome -------------------------------------------------------------------------------


def _head(title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)}</title>
<meta name="keywords" content="trường chính trị, lai châu, đào tạo, bồi dưỡng, lý luận chính trị" />
<meta name="generator" content="TCT Portal 3.2" />
{extra}<link href="/Content/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/Content/css/portal.style.css?v=3.2.7" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="/favicon.ico" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} - Tin mới" href="/rss.aspx" />
<script type="text/javascript" src="/Scripts/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/Scripts/bootstrap.min.js"></script>
<script type="text/javascript" src="{SCRIPT}?v=3.2.7"></script>
</head>
"""


_MENU = [
    ("/", "Trang chủ", []),
    ("javascript:void(0)", "Giới thiệu", [
        ("/gioi-thieu/lich-su-hinh-thanh.html", "Lịch sử hình thành"),
        ("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
    ]),
    ("javascript:void(0)", "Tin tức", [(cat_path(c), n) for c, (_, n) in CATS.items()]),
    ("/van-ban.html", "Văn bản", []),
    ("/thu-vien-anh.html", "Thư viện ảnh", []),
    ("/lich-cong-tac.html", "Lịch công tác", []),
    ("/lien-he.html", "Liên hệ", []),
]  # fmt: skip


def _header() -> str:
    items = []
    for href, label, subs in _MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in subs)
            items.append(
                f'<li class="has-mega"><a href="{href}">{esc(label)} <i class="caret"></i></a>'
                f'<div class="mega-panel"><ul class="mega-col">{sub}</ul></div></li>'
            )
        else:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return f"""<body class="tct-portal">
<div id="wrapper">
<div class="tct-topbar"><div class="container">
<span class="tct-today"><i class="icon-calendar"></i> {TODAY}</span>
<span class="tct-toplinks"><a href="/rss.aspx" class="rss">RSS</a> | <a href="/so-do-site.html">Sơ đồ site</a> | <a href="/Admin/Login.aspx" rel="nofollow">Đăng nhập</a></span>
</div></div>
<div class="tct-header"><div class="container">
<a href="/" class="tct-logo"><img src="/Content/images/quoc-huy.png" alt="Quốc huy" width="86" height="86" /></a>
<div class="tct-brand"><div class="tct-brand-top">ĐẢNG BỘ TỈNH LAI CHÂU</div>
<div class="tct-brand-name">{SITE_UPPER}</div>
<div class="tct-brand-slogan">Đào tạo, bồi dưỡng cán bộ - Nền tảng của sự phát triển</div></div>
</div></div>
<div class="tct-megamenu"><div class="container"><ul class="tct-nav">
{"".join(items)}
</ul></div></div>
<div class="tct-marquee"><div class="container"><marquee scrollamount="3">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026!</marquee></div></div>
<div class="container tct-main"><div class="row">
"""


def _options(values: range, chosen: int, width: int) -> str:
    sel = ' selected="selected"'
    return "".join(
        f'<option value="{v:0{width}d}"{sel if v == chosen else ""}>{v:0{width}d}</option>' for v in values
    )


def _date_filter(cid: int) -> str:
    days = _options(range(1, 32), TODAY_DATE.day, 2)
    months = _options(range(1, 13), TODAY_DATE.month, 2)
    years = _options(range(2016, TODAY_DATE.year + 1), TODAY_DATE.year, 4)
    return f"""<div class="box-sidebar box-tin-da-dang"><div class="box-title"><span>Tin đã đăng</span></div>
<div class="box-content"><form method="get" action="{cat_path(cid)}" onsubmit="return GanNgayXem(this);">
<select id="ddlNgay" class="form-control input-sm">{days}</select>
<select id="ddlThang" class="form-control input-sm">{months}</select>
<select id="ddlNam" class="form-control input-sm">{years}</select>
<input type="hidden" name="ngay" id="hdNgay" value="{TODAY_DMY}" />
<input type="submit" class="btn btn-xem" value="Xem" />
</form></div></div>
"""


def _sidebar(cid: int | None = None) -> str:
    notices = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({_dmy(s.opts["at"])})</span></li>'
        for s in in_cat(18)
    )
    docs = "".join(
        f'<li><a href="{d.path}">{esc(d.number)}: {esc(d.summary)}</a></li>' for d in DOCS
    )
    return f"""<div class="col-md-3 col-sidebar">
<div class="box-sidebar box-search"><form method="get" action="/tim-kiem.html">
<input type="text" name="tukhoa" class="form-control" placeholder="Nhập từ khóa tìm kiếm..." />
<button type="submit" class="btn btn-search">Tìm kiếm</button></form></div>
<div class="box-sidebar box-thong-bao"><div class="box-title"><span>Thông báo</span></div>
<div class="box-content"><ul class="list-thong-bao">{notices}</ul></div></div>
{_date_filter(cid) if cid else ""}<div class="box-sidebar box-van-ban"><div class="box-title"><span>Văn bản chỉ đạo</span></div>
<div class="box-content"><ul>{docs}</ul><a class="xem-them" href="/van-ban.html">Xem tất cả »</a></div></div>
<div class="box-sidebar box-binh-chon"><div class="box-title"><span>Thăm dò ý kiến</span></div>
<div class="box-content"><form method="post" action="/Ajax/BinhChon.ashx">
<p class="cau-hoi">Bạn đánh giá thế nào về chất lượng Cổng thông tin điện tử của Nhà trường?</p>
<input type="hidden" name="pollid" value="3" />
<label><input type="radio" name="luachon" value="1" /> Rất tốt</label><br />
<label><input type="radio" name="luachon" value="2" /> Tốt</label><br />
<label><input type="radio" name="luachon" value="3" /> Bình thường</label><br />
<label><input type="radio" name="luachon" value="4" /> Cần cải thiện</label><br />
<input type="submit" class="btn btn-binh-chon" value="Bình chọn" />
<a href="javascript:void(0)" onclick="XemKetQuaBinhChon(3)">Xem kết quả</a>
</form></div></div>
<div class="box-sidebar box-thong-ke"><div class="box-title"><span>Thống kê truy cập</span></div>
<div class="box-content"><ul class="thong-ke">
<li>Đang online: <b>17</b></li><li>Hôm nay: <b>412</b></li><li>Hôm qua: <b>538</b></li>
<li>Tháng này: <b>11.204</b></li><li>Tổng lượt truy cập: <b>1.254.870</b></li></ul></div></div>
<div class="box-sidebar box-banner">
<a href="http://hcma.vn" target="_blank"><img src="/Uploads/banner/hoc-vien-ctqg.jpg" alt="Học viện Chính trị quốc gia Hồ Chí Minh" /></a>
<a href="http://laichau.gov.vn" target="_blank"><img src="/Uploads/banner/cong-ttdt-lai-chau.jpg" alt="Cổng thông tin điện tử tỉnh Lai Châu" /></a>
<a href="http://baolaichau.vn" target="_blank"><img src="/Uploads/banner/bao-lai-chau.jpg" alt="Báo Lai Châu" /></a>
</div>
</div>
"""


def _footer() -> str:
    return f"""</div></div>
<div class="tct-footer"><div class="container">
<p class="ten-don-vi">{SITE_UPPER}</p>
<p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {PHONE} - Fax: {FAX} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: ThS. Nguyễn Văn Hải - Hiệu trưởng</p>
<p>Bản quyền thuộc {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="vendor">Thiết kế và phát triển bởi Công ty CP Công nghệ TCT - TCT Portal 3.2</p>
</div></div>
<a href="javascript:void(0)" class="back-to-top" onclick="$('html,body').animate({{scrollTop:0}},400)">Về đầu trang</a>
</div>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-48213377-1']); _gaq.push(['_trackPageview']);</script>
</body>
</html>
"""


def _page(title: str, main: str, cid: int | None = None, extra_head: str = "") -> str:
    return (
        _head(title, extra_head)
        + _header()
        + f'<div class="col-md-9 col-content">\n{main}\n</div>\n'
        + _sidebar(cid)
        + _footer()
    )


def _crumbs(*trail: tuple[str, str]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for href, label in trail:
        parts.append(f'<a href="{href}">{esc(label)}</a>')
    return '<div class="duong-dan">' + ' <span class="sep">»</span> '.join(parts) + "</div>"


# --- listings ----------------------------------------------------------------------------------


def _entry(s: Story) -> str:
    return f"""<div class="news-list-item clearfix">
<a class="news-list-thumb" href="{article_path(s)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" /></a>
<h3 class="news-list-title"><a href="{article_path(s)}">{esc(s.title)}</a></h3>
<span class="news-list-date">({_dmy(s.opts["at"])})</span>
<p class="news-list-desc">{esc(_desc(s))}</p>
</div>"""


def _pager(cid: int, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def a(p: int, label: str) -> str:
        return f'<a href="javascript:void(0)" onclick="LoadDanhSachTin({cid}, {p})">{label}</a>'

    parts = []
    if page > 1:
        parts += [a(1, "« Trang đầu"), a(page - 1, "‹ Trang trước")]
    for p in range(1, pages + 1):
        parts.append(f'<span class="current">{p}</span>' if p == page else a(p, str(p)))
    if page < pages:
        parts += [a(page + 1, "Trang sau ›"), a(pages, "Trang cuối »")]
    return '<div class="phan-trang">' + " ".join(parts) + "</div>"


def list_fragment(cid: int, page: int, size: int) -> str:
    """What the handler answers (and what the category page prints for page 1)."""
    stories = in_cat(cid)
    pages = n_pages(len(stories), size)
    chunk = stories[(page - 1) * size : page * size]
    if not chunk:
        return ""
    return "\n".join(_entry(s) for s in chunk) + "\n" + _pager(cid, page, pages)


def _category(cid: int, request: Request) -> str:
    name = CATS[cid][1]
    day = _parse_day(request.params.get("ngay", ""))
    if day is not None:
        return _day_list(cid, day)
    main = f"""{_crumbs(("javascript:void(0)", "Tin tức"), (cat_path(cid), name))}
<div class="box-chuyen-muc"><h1 class="ten-chuyen-muc">{esc(name)}</h1>
<input type="hidden" id="hdChuyenMuc" value="{cid}" />
<div id="divDanhSachTin" class="news-list">
{list_fragment(cid, 1, PAGE_SIZE)}
</div></div>"""
    return _page(f"{name} - {SITE}", main, cid)


def _parse_day(value: str) -> date | None:
    try:
        day = datetime.strptime(value.strip(), "%d/%m/%Y").date()
    except ValueError:
        return None
    return day if 1900 <= day.year <= 2999 else None


def _day_list(cid: int, day: date) -> str:
    name = CATS[cid][1]
    hits = [s for s in in_cat(cid) if s.opts["at"].date() == day]
    body = "\n".join(_entry(s) for s in hits) if hits else '<p class="no-data">Không có tin nào được đăng trong ngày này.</p>'
    prev_day, next_day = day - timedelta(days=1), day + timedelta(days=1)
    nav = (
        f'<div class="ngay-nav"><a href="{cat_path(cid)}?ngay={_dmy(prev_day)}">« Ngày trước</a>'
        f' | <a href="{cat_path(cid)}?ngay={_dmy(next_day)}">Ngày sau »</a></div>'
    )
    main = f"""{_crumbs(("javascript:void(0)", "Tin tức"), (cat_path(cid), name))}
<div class="box-chuyen-muc"><h1 class="ten-chuyen-muc">{esc(name)}</h1>
<p class="loc-ngay">Tin đăng ngày {_dmy(day)}</p>
<div class="news-list">{body}</div>
{nav}</div>"""
    return _page(f"{name} - {SITE}", main, cid)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value or "")
    except ValueError:
        return default


def _handler(request: Request) -> Response:
    params = request.params
    cid = _int(params.get("cid"), 0)
    page = max(1, _int(params.get("page"), 1))
    size = min(50, max(1, _int(params.get("size"), DEFAULT_SIZE)))
    headers = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "private", "X-AspNet-Version": "4.0.30319"}
    if cid not in CATS:
        return Response(200, '<div class="no-data">Không có dữ liệu</div>', headers)
    return Response(200, list_fragment(cid, page, size), headers)


def _search_handler(request: Request) -> Response:
    key = unicodedata.normalize("NFC", request.params.get("tukhoa", "")).strip().lower()
    headers = {"Content-Type": "text/html; charset=utf-8"}
    if not key:
        return Response(200, '<p class="no-data">Vui lòng nhập từ khóa.</p>', headers)
    hits = [
        s for s in NEWEST
        if key in s.title.lower() or any(key == t.lower() for t in s.opts.get("tags", []))
    ]  # fmt: skip
    if not hits:
        return Response(200, '<p class="no-data">Không tìm thấy kết quả nào.</p>', headers)
    return Response(200, "\n".join(_entry(s) for s in hits), headers)


def _search_page(request: Request) -> str:
    key = request.params.get("tukhoa", "")
    js_key = key.replace("\\", "\\\\").replace("'", "\\'")
    main = f"""{_crumbs(("/tim-kiem.html", "Tìm kiếm"))}
<div class="box-tim-kiem"><h1 class="ten-chuyen-muc">Kết quả tìm kiếm</h1>
<p>Từ khóa: <b>{esc(key)}</b></p>
<div id="divKetQua" class="news-list"><img src="/Content/images/loading.gif" alt="Đang tải..." /></div></div>
<script type="text/javascript">$(function () {{ TimKiem('{esc(js_key)}', 1); }});</script>"""
    return _page(f"Tìm kiếm - {SITE}", main)


# --- article -----------------------------------------------------------------------------------


def _img(src: str, s: Story) -> str:
    return f'<img alt="" src="{esc(src)}" style="width: 600px; height: 400px;" />'


def _content(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(f'<td style="text-align: center;"><strong>{_t(c, s)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>{_t(c, s)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width:100%; border-collapse:collapse;">'
                "<tbody>\n" + "\n".join(trs) + "\n</tbody></table>"
            )
            rows.clear()
        if items:
            tag = items[0].style
            lis = "".join(f'<li style="text-align: justify;">{_t(i.text, s)}</li>' for i in items)
            out.append(f"<{tag}>{lis}</{tag}>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("tr", "th"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style in ("ul", "ol"):
            if rows or (items and items[0].style != b.style):
                flush()
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            raw = unicodedata.normalize("NFD", b.html) if s.opts.get("nfd") else b.html
            out.append(_ck_entities(raw) if s.opts.get("entities") else raw)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align: justify;">{_t(before, s)}<a href="{href}">{_t(phrase, s)}</a>'
                    f"{_t(after, s)}</p>"
                )
            elif b.style == "bold":
                out.append(f'<p style="text-align: justify;"><strong>{_t(b.text, s)}</strong></p>')
            elif b.style == "sub":
                out.append(f"<p><strong>{_t(b.text, s)}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, s)}</p>')
        elif isinstance(b, Img):
            if b.style == "br":
                out.append(
                    f'<p style="text-align: center;">{_img(b.src, s)}<br />\n<em>{_t(b.printed or "", s)}</em></p>'
                )
            else:
                out.append(f'<p style="text-align: center;">{_img(b.src, s)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{_t(b.printed, s)}</em></p>')
    flush()
    return "\n".join(out)


def _info_bar(posted: datetime | date, views: int, with_time: bool, updated: date | None) -> str:
    shown = f"{posted:%d/%m/%Y - %H:%M}" if with_time else _dmy(posted)
    parts = [f'<span class="ngay-dang">Ngày đăng: {shown}</span>']
    if updated:
        parts.append(f'<span class="ngay-cap-nhat">Cập nhật: {_dmy(updated)}</span>')
    parts.append(f'<span class="luot-xem">Lượt xem: {views}</span>')
    return '<div class="news-detail-info">' + " | ".join(parts) + "</div>"


def _tools(print_href: str, sid: int, share: str) -> str:
    return f"""<div class="news-detail-tools">
<span class="co-chu">Cỡ chữ: <a href="javascript:void(0)" onclick="ChangeFontSize(-1)">A-</a> <a href="javascript:void(0)" onclick="ChangeFontSize(0)">A</a> <a href="javascript:void(0)" onclick="ChangeFontSize(1)">A+</a></span>
<a class="in-bai" href="{print_href}" target="_blank" rel="nofollow">In bài</a>
<a class="gui-email" href="javascript:void(0)" onclick="GuiEmail({sid})">Gửi email</a>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={quote(share, safe='')}" target="_blank">Chia sẻ Facebook</a>
<a class="share-zalo" href="https://sp.zalo.me/share_inline?u={quote(share, safe='')}" target="_blank">Zalo</a>
</div>"""


def _article(s: Story, request: Request) -> str:
    cid = int(s.cat)
    name = cat_name(s)
    base = base_url(request)
    if s.summary and s.sapo_outside:
        tag = s.opts.get("lead", "strong")
        lead = f'<div class="news-detail-lead"><{tag}>{_t(s.summary, s)}</{tag}></div>'
    else:
        lead = '<div class="news-detail-lead"></div>'
    tags = ", ".join(
        f'<a href="/tim-kiem.html?tukhoa={quote(t)}">{esc(t)}</a>' for t in s.opts.get("tags", [])
    )
    related = "".join(
        f'<li><a href="{article_path(o)}">{esc(o.title)}</a> <span class="ngay">({_dmy(o.opts["at"])})</span></li>'
        for o in [o for o in in_cat(cid) if o.id != s.id][:RELATED]
    )
    first_img = _thumb(s)
    extra = (
        f'<meta name="description" content="{esc(_desc(s, 40))}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{base}{esc(request.target)}" />\n'
        f'<meta property="og:image" content="{base}{first_img}" />\n'
    )
    main = f"""{_crumbs(("javascript:void(0)", "Tin tức"), (cat_path(cid), name))}
<div class="news-detail" itemscope="itemscope" itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{s.opts["at"]:%Y-%m-%dT%H:%M:%S}+07:00" />
<h1 class="news-detail-title" itemprop="headline">{_title(s)}</h1>
{_info_bar(s.opts["at"], s.views(), bool(s.opts.get("time")), s.opts.get("updated"))}
{_tools(print_path(s), s.id, base + article_path(s))}
{lead}
<div class="news-detail-content" id="divNoiDung" itemprop="articleBody">
{_content(s)}
</div>
<div class="news-detail-tags"><span>Từ khóa:</span> {tags}</div>
<div class="tin-cung-chuyen-muc"><div class="box-title"><span>Tin cùng chuyên mục</span></div>
<ul>{related}</ul></div>
</div>"""
    return _page(f"{s.title} - {SITE}", main, cid, extra)


def _print_view(s: Story, request: Request) -> str:
    if s.summary and s.sapo_outside:
        lead = f'<div class="lead"><strong>{_t(s.summary, s)}</strong></div>'
    else:
        lead = ""
    with_time = bool(s.opts.get("time"))
    shown = f"{s.opts['at']:%d/%m/%Y - %H:%M}" if with_time else _dmy(s.opts["at"])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài: {esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link href="/Content/css/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print();" class="print-view">
<div class="print-header">{SITE_UPPER}</div>
<h1>{_title(s)}</h1>
<p class="ngay">Ngày đăng: {shown}</p>
{lead}
<div class="noi-dung">{_content(s)}</div>
<p class="nguon-in">Địa chỉ bài viết: {base_url(request)}{article_path(s)}</p>
<p><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></p>
</body></html>
"""


def _standing(path: str) -> str:
    title, posted, views, paras = PAGES[path]
    body = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f"""{_crumbs(("javascript:void(0)", "Giới thiệu"), (path, title))}
<div class="news-detail">
<h1 class="news-detail-title">{esc(title)}</h1>
{_info_bar(posted, views, False, None)}
<div class="news-detail-lead"></div>
<div class="news-detail-content" id="divNoiDung">
{body}
</div>
</div>"""
    return _page(f"{title} - {SITE}", main)


# --- other pages -------------------------------------------------------------------------------


def _home() -> str:
    top = NEWEST[:3]
    first = top[0]
    others = "".join(
        f'<li><a href="{alt_path(s)}">{esc(s.title)}</a> <span class="ngay">({_dmy(s.opts["at"])})</span></li>'
        for s in top[1:]
    )
    blocks = []
    for cid in (12, 15):
        entries = "\n".join(_entry(s) for s in in_cat(cid)[:PAGE_SIZE])
        blocks.append(
            f'<div class="box-home box-cat-{cid}"><div class="box-title"><a href="{cat_path(cid)}">'
            f'{esc(CATS[cid][1])}</a></div><div class="news-list">{entries}</div>'
            f'<a class="xem-tat-ca" href="{cat_path(cid)}">Xem tất cả »</a></div>'
        )
    main = f"""<div class="box-tieu-diem"><div class="box-title"><span>Tin tiêu điểm</span></div>
<div class="tieu-diem-chinh"><a href="{alt_path(first)}"><img src="{_thumb(first)}" alt="{esc(first.title)}" /></a>
<h2><a href="{alt_path(first)}">{esc(first.title)}</a></h2>
<p>{esc(_desc(first))}</p></div>
<ul class="tieu-diem-khac">{others}</ul></div>
{"".join(blocks)}"""
    return _page(f"Trang chủ - {SITE}", main)


def _contact() -> str:
    main = f"""{_crumbs(("/lien-he.html", "Liên hệ"))}
<div class="box-lien-he"><h1 class="ten-chuyen-muc">Liên hệ</h1>
<p><b>{SITE_UPPER}</b></p>
<p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE} - Fax: {FAX}</p><p>Email: {EMAIL}</p>
<form method="post" action="/lien-he.html" class="form-lien-he">
<label>Họ và tên (*)</label><input type="text" name="hoten" class="form-control" />
<label>Email (*)</label><input type="text" name="email" class="form-control" />
<label>Tiêu đề</label><input type="text" name="tieude" class="form-control" />
<label>Nội dung (*)</label><textarea name="noidung" rows="6" class="form-control"></textarea>
<label>Mã xác nhận</label><img src="/Captcha.ashx?w=90&amp;h=30" alt="captcha" /><input type="text" name="captcha" />
<input type="submit" value="Gửi liên hệ" class="btn" /> <input type="reset" value="Nhập lại" class="btn" />
</form></div>"""
    return _page(f"Liên hệ - {SITE}", main)


def _documents() -> str:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="{d.path}">{esc(d.number)}</a></td><td>{_dmy(d.issued)}</td>'
        f'<td>{esc(d.summary)}</td><td><a href="{d.file}" target="_blank">Tải về</a></td></tr>'
        for i, d in enumerate(DOCS, 1)
    )
    main = f"""{_crumbs(("/van-ban.html", "Văn bản"))}
<div class="box-van-ban"><h1 class="ten-chuyen-muc">Văn bản</h1>
<table class="table table-bordered tbl-van-ban"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _page(f"Văn bản - {SITE}", main)


def _document(d: Doc) -> str:
    main = f"""{_crumbs(("/van-ban.html", "Văn bản"), (d.path, d.number))}
<div class="van-ban-chi-tiet"><h1 class="ten-chuyen-muc">{esc(d.kind)} số {esc(d.number)}</h1>
<table class="table table-bordered"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(d.number)}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(d.kind)}</td></tr>
<tr><th>Ngày ban hành</th><td>{_dmy(d.issued)}</td></tr>
<tr><th>Người ký</th><td>{esc(d.signer)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(d.summary)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{d.file}" target="_blank">{d.file.rsplit("/", 1)[1]}</a></td></tr>
</tbody></table></div>"""
    return _page(f"{d.kind} {d.number} - {SITE}", main)


_ALBUM = [
    ("be-giang-k58", "Lễ bế giảng lớp TCLLCT-HC khóa 58"),
    ("hoi-giang-2026", "Hội giảng giáo viên cấp trường năm 2026"),
    ("hoi-thao-khoa-hoc-2026", "Hội thảo khoa học năm 2026"),
    ("nghien-cuu-thuc-te-k58", "Nghiên cứu thực tế khóa 58"),
    ("ngay-nha-giao-2026", "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026"),
    ("le-khai-giang-cao-cap", "Khai giảng lớp Cao cấp lý luận chính trị"),
]


def _gallery() -> str:
    cells = "".join(
        f'<div class="col-sm-4 album-item"><a href="/Uploads/album/{slug}/anh-01.jpg" class="fancybox" rel="album"'
        f' title="{esc(title)}"><img src="/Uploads/album/{slug}/thumb.jpg" alt="{esc(title)}" /></a>'
        f'<p class="album-title">{esc(title)}</p></div>'
        for slug, title in _ALBUM
    )
    main = f"""{_crumbs(("/thu-vien-anh.html", "Thư viện ảnh"))}
<div class="box-thu-vien-anh"><h1 class="ten-chuyen-muc">Thư viện ảnh</h1><div class="row">{cells}</div></div>"""
    return _page(f"Thư viện ảnh - {SITE}", main)


#: (iso year, iso week) -> rows (weekday index, session, content, who, where)
_SCHEDULE: dict[tuple[int, int], list[tuple[int, str, str, str, str]]] = {
    (2026, 47): [
        (0, "Sáng", "Giao ban Ban Giám hiệu", "Ban Giám hiệu, trưởng các khoa, phòng", "Phòng họp số 1"),
        (3, "Sáng", "Dự lễ kỷ niệm Ngày Nhà giáo Việt Nam", "Toàn thể cán bộ, giảng viên", "Hội trường A"),
    ],
    (2026, 48): [
        (0, "Sáng", "Giao ban tuần", "Ban Giám hiệu, trưởng các khoa, phòng", "Phòng họp số 1"),
        (1, "Chiều", "Họp Hội đồng xét tốt nghiệp khóa 58", "Hội đồng xét tốt nghiệp", "Phòng họp số 2"),
        (4, "Sáng", "Làm việc với Ban Tổ chức Tỉnh ủy về kế hoạch đào tạo năm 2027", "Hiệu trưởng, Phòng Quản lý đào tạo", "Ban Tổ chức Tỉnh ủy"),
    ],
    (2026, 49): [
        (1, "Sáng", "Khai giảng lớp bồi dưỡng cập nhật kiến thức cán bộ cấp xã (đợt 2)", "Ban Giám hiệu, Phòng Quản lý đào tạo", "Hội trường A"),
    ],
}  # fmt: skip
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _schedule(request: Request) -> str:
    year, week, _ = TODAY_DATE.isocalendar()
    y = _int(request.params.get("nam"), year)
    w = _int(request.params.get("tuan"), week)
    try:
        monday = date.fromisocalendar(y, w, 1) if 1900 <= y <= 2999 else None
    except ValueError:
        monday = None
    if monday is None:
        monday = date.fromisocalendar(year, week, 1)
    y, w, _ = monday.isocalendar()
    prev_y, prev_w, _ = (monday - timedelta(days=7)).isocalendar()
    next_y, next_w, _ = (monday + timedelta(days=7)).isocalendar()
    rows = _SCHEDULE.get((y, w), [])
    if rows:
        trs = "".join(
            f"<tr><td>{_WEEKDAYS[d]}<br />{_dmy(monday + timedelta(days=d))}</td><td>{esc(ses)}</td>"
            f"<td>{esc(what)}</td><td>{esc(who)}</td><td>{esc(where)}</td></tr>"
            for d, ses, what, who, where in rows
        )
    else:
        trs = '<tr><td colspan="5">Chưa có lịch công tác tuần này.</td></tr>'
    main = f"""{_crumbs(("/lich-cong-tac.html", "Lịch công tác"))}
<div class="box-lich-cong-tac"><h1 class="ten-chuyen-muc">Lịch công tác tuần {w} năm {y}</h1>
<p class="tu-ngay">(Từ ngày {_dmy(monday)} đến ngày {_dmy(monday + timedelta(days=6))})</p>
<div class="tuan-nav"><a href="/lich-cong-tac.html?tuan={prev_w}&amp;nam={prev_y}">« Tuần trước</a> |
<a href="/lich-cong-tac.html">Tuần hiện tại</a> |
<a href="/lich-cong-tac.html?tuan={next_w}&amp;nam={next_y}">Tuần sau »</a></div>
<table class="table table-bordered"><thead><tr><th>Thứ/Ngày</th><th>Buổi</th><th>Nội dung</th><th>Thành phần</th><th>Địa điểm</th></tr></thead>
<tbody>{trs}</tbody></table></div>"""
    return _page(f"Lịch công tác - {SITE}", main)


def _site_map() -> str:
    tree = []
    for href, label, subs in _MENU:
        sub = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in subs)
        link = f'<a href="{href}">{esc(label)}</a>' if not href.startswith("javascript") else esc(label)
        tree.append(f"<li>{link}{f'<ul>{sub}</ul>' if sub else ''}</li>")
    main = f"""{_crumbs(("/so-do-site.html", "Sơ đồ site"))}
<div class="box-so-do"><h1 class="ten-chuyen-muc">Sơ đồ site</h1><ul class="so-do">{"".join(tree)}</ul></div>"""
    return _page(f"Sơ đồ site - {SITE}", main)


def _error_page() -> str:
    main = """<div class="box-loi"><h1 class="ten-chuyen-muc">Thông báo</h1>
<p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>
<p><a href="/">Quay về trang chủ</a></p></div>"""
    return _page(f"Lỗi - {SITE}", main)


def _login() -> str:
    return (
        _head(f"Đăng nhập hệ thống - {SITE}")
        + """<body class="login"><form method="post" action="/Admin/Login.aspx" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<h2>Đăng nhập hệ thống</h2>
<label>Tên đăng nhập</label><input name="txtUser" type="text" />
<label>Mật khẩu</label><input name="txtPass" type="password" />
<input type="submit" name="btnLogin" value="Đăng nhập" /></form></body></html>"""
    )


def _email_form(sid: int) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Gửi email bài viết</title></head>
<body><form method="post" action="/GuiEmail.aspx?id={sid}"><h3>Gửi bài viết cho bạn bè</h3>
<label>Email người nhận</label><input type="text" name="emailnhan" />
<label>Lời nhắn</label><textarea name="loinhan"></textarea>
<input type="submit" value="Gửi" /></form></body></html>"""


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in NEWEST[:FEED_SIZE]:
        at = s.opts["at"].replace(tzinfo=_VN)
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
            f"<description>{esc(_desc(s))}</description><pubDate>{format_datetime(at)}</pubDate>"
            f'<guid isPermaLink="true">{base}{article_path(s)}</guid></item>'
        )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{esc(SITE)} - Tin mới</title><link>{base}/</link>"
        f"<description>Tin mới nhất từ {esc(SITE)}</description><language>vi-VN</language>"
        + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "text/xml; charset=utf-8"})


_SCRIPT_TEXT = """/*!
 * TCT Portal 3.2 - module Tin tuc (portal.news.js)
 * (c) Cong ty CP Cong nghe TCT
 */
var TCT = TCT || {};
TCT.fontSize = 15;

function LoadDanhSachTin(cid, page) {
    $.ajax({
        url: '/Ajax/DanhSachTin.ashx',
        type: 'GET',
        cache: false,
        data: { cid: cid, page: page, size: 4 },
        dataType: 'html',
        beforeSend: function () { $('#divDanhSachTin').addClass('dang-tai'); },
        success: function (res) {
            $('#divDanhSachTin').html(res).removeClass('dang-tai');
            $('html, body').animate({ scrollTop: $('#divDanhSachTin').offset().top - 60 }, 300);
        },
        error: function () { alert('Có lỗi xảy ra, vui lòng thử lại sau!'); }
    });
    return false;
}

function TimKiem(tukhoa, page) {
    $.get('/Ajax/TimKiem.ashx', { tukhoa: tukhoa, page: page }, function (res) {
        $('#divKetQua').html(res);
    });
}

function GanNgayXem(frm) {
    var d = $('#ddlNgay').val(), m = $('#ddlThang').val(), y = $('#ddlNam').val();
    $('#hdNgay').val(d + '/' + m + '/' + y);
    return true;
}

function ChangeFontSize(step) {
    TCT.fontSize = step === 0 ? 15 : Math.min(22, Math.max(12, TCT.fontSize + step));
    $('#divNoiDung, #divNoiDung p').css('font-size', TCT.fontSize + 'px');
}

function GuiEmail(id) {
    window.open('/GuiEmail.aspx?id=' + id, 'guiemail', 'width=520,height=420,scrollbars=yes');
}

function XemKetQuaBinhChon(pollid) {
    window.open('/Ajax/BinhChon.ashx?pollid=' + pollid + '&xem=1', 'binhchon', 'width=480,height=360');
}
"""

_ROBOTS = "User-agent: *\nDisallow: /Admin/\nDisallow: /Ajax/BinhChon.ashx\n"

_VN = timezone(timedelta(hours=7))

_ARTICLE = re.compile(r"^/tin-tuc/d/(\d+)/([A-Za-z0-9-]+)\.html$")
_CATEGORY = re.compile(r"^/tin-tuc/c/(\d+)/([A-Za-z0-9-]+)\.html$")
_DOC = re.compile(r"^/van-ban/(\d+)/([A-Za-z0-9-]+)\.html$")


def _aspx_headers() -> dict[str, str]:
    return {
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
        "Set-Cookie": "ASP.NET_SessionId=t2kq4x0ymbw1f5cxq3r0v2zd; path=/; HttpOnly",
    }


class VendorPortal:
    """The product's routes: friendly pages, .aspx pages, .ashx handlers, static files."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == SCRIPT:
            return Response(200, _SCRIPT_TEXT, {"Content-Type": "application/javascript; charset=utf-8"})
        if path.startswith("/Uploads/files/"):
            if any(d.file == path for d in DOCS):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return self._missing(request)
        if path.startswith(("/Uploads/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path) or self._missing(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        if path == "/rss.aspx":
            return _feed(request)
        if path == HANDLER:
            return _handler(request)
        if path == "/Ajax/TimKiem.ashx":
            return _search_handler(request)
        if path == "/Ajax/BinhChon.ashx":
            return Response(200, "Cảm ơn bạn đã tham gia bình chọn!", {"Content-Type": "text/plain; charset=utf-8"})
        page = self._page(request)
        if page is None:
            return self._missing(request)
        if isinstance(page, Response):
            return page
        return html(page, headers=_aspx_headers())

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        params = request.params
        if path in ("/", "/Default.aspx", "/trang-chu.html"):
            return _home()
        if m := _ARTICLE.match(path):
            story = _BY_ID.get(int(m.group(1)))
            if story is None:
                return None
            if params.get("print") == "1":
                return _print_view(story, request)
            return _article(story, request)
        if path == "/chi-tiet-tin.aspx":
            story = _BY_ID.get(_int(params.get("id"), 0))
            return _article(story, request) if story else None
        if m := _CATEGORY.match(path):
            cid = int(m.group(1))
            return _category(cid, request) if cid in CATS else None
        if path in PAGES:
            return _standing(path)
        if m := _DOC.match(path):
            doc = _DOC_BY_ID.get(int(m.group(1)))
            return _document(doc) if doc else None
        simple = {
            "/lien-he.html": _contact,
            "/van-ban.html": _documents,
            "/thu-vien-anh.html": _gallery,
            "/so-do-site.html": _site_map,
            "/Error.aspx": _error_page,
            "/Admin/Login.aspx": _login,
        }
        if path in simple:
            return simple[path]()
        if path == "/lich-cong-tac.html":
            return _schedule(request)
        if path == "/tim-kiem.html":
            return _search_page(request)
        if path == "/GuiEmail.aspx":
            return _email_form(_int(params.get("id"), 0))
        return None

    @staticmethod
    def _missing(request: Request) -> Response:
        """customErrors mode="On": any miss is a 302 to the friendly error page (200)."""
        return redirect("/Error.aspx?aspxerrorpath=" + quote(unquote(request.path), safe="/-._"), 302)


def build_site() -> VendorPortal:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return VendorPortal()
