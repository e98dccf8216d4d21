"""MobiFone eSchool: a lower-secondary school on a mobile operator's hosted school-website service.

Platform
--------
One PHP application ("MobiFone eSchool – Giải pháp website trường học") serves hundreds of schools
under ``<school>.<district>.edu.vn``; every school gets the same template: the operator's strip on
top (hotline 18001090, "Các trường cùng hệ thống" select jumping to sister schools on other
hosts), the school banner, a date line, a horizontal menu with drop-downs, a notice ticker
(``<marquee>``), a left column with the content and a right column with portlets (login to the
e-contact book "Sổ liên lạc điện tử", most-read, poll, links, visitor counter). The school here is
Trường THCS Trần Quốc Toản (xã Diên Khánh, tỉnh Khánh Hòa), production host
``thcstranquoctoan.dienkhanh.edu.vn`` (printed in a few absolute links and never followed: the
fixture serves everything relative on the request's host).

URL scheme
----------
- ``/``                                         home: slider, ticker, 3 newest per category block
- ``/chuyen-muc/<cid>/<slug>.html[?page=N]``    category listing, 3 items a page; the pager prints
  query-only relative links (``href="?page=2"``); a page past the end prints "Chưa có tin bài"
- ``/tin-tuc/<id>/<slug>.html``                 article; routed on the id alone (any slug answers)
- ``/tin-tuc/<id>/<slug>.html?print=1``         print view (opened by ``window.open`` only)
- ``/van-ban.html``, ``/van-ban/<id>/<slug>.html``  document list and document entries
- ``/thu-vien-anh.html``, ``/thu-vien-anh/<id>/<slug>.html``  albums
- ``/video.html``, ``/video/<id>/<slug>.html``  video clips (YouTube iframe)
- ``/trang/1/gioi-thieu-chung.html``            intro page; ``/lien-he.html`` contact (POST form)
- ``/so-lien-lac.html``                         e-contact book login (POST to /so-lien-lac/dang-nhap.html)
- ``/tim-kiem.html?tukhoa=…``                   search (GET form in the header)
- ``/binh-chon.html`` (POST)                    poll result
- ``/uploads/…``, ``/template/…``                images, PDFs, css, js

Page templates
--------------
Article: ``div#ndct_2.kh_chitiet`` holding the breadcrumb (``div.dd_bc``), ``h1.tieude_ct``, a meta
line (``div.tgian_dang``: "Đăng lúc: 02:15:00 CH - 03/12/2026 | Cập nhật: … | Người đăng: thcs_tqt
| Lượt xem: 523"), the sapo when the editor filled "Mô tả" (``div.tomtat_ct`` bold), the editor's
HTML (``div.noidung_ct``), then, still inside the same wrapper: attachments (``div.dinhkem_ct``),
the tool bar (print, e-mail, Facebook/Zalo share) and "Các tin mới hơn" (only newer articles of
the category). Listing: ``div.ds_tin`` rows of thumbnail, title, "(dd/mm/yyyy)", teaser.

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (cid 2): 1897, 1893, 1881 on page 1 (and on the home block); 1861 and 1845
  only on ``?page=2``.
- Hoạt động chuyên môn (cid 3, under the "Chuyên môn" drop-down whose own href is
  ``javascript:void(0);``): 1886, 1866, 1856 on page 1 / home; 1841 only on ``?page=2``.
- Đoàn - Đội (cid 4): 1877, 1850 (page 1, home).
- Thông báo (cid 5): 1890, 1872 (page 1, home block, ticker with ``?ref=ticker``).

Traps
-----
1. Decorative slug: the application routes on the numeric id, the slug is ignored. The
   "Đọc nhiều" portlet keeps the slug the article had when the counter cache was built
   (``/tin-tuc/1866/hoi-giang-chao-mung-20-11.html``) and answers 200 with the same article. Gold:
   path = the slug the page's ``<link rel="canonical">`` and the listings print; the old-slug
   URL is in ``alt_paths``.
2. Ticker and print duplicates: notices in the ``<marquee>`` ticker link with ``?ref=ticker``;
   every article has a print view ``?print=1`` (reached through ``window.open``). Both serve the
   same article with 200: they are ``alt_paths`` of the canonical record, never records of their own.
3. Vietnamese 12-hour clock: the meta line prints "hh:mm:ss SA/CH - dd/mm/yyyy" (SA = a.m.,
   CH = p.m.). "02:40:00 CH" is 14:40, "12:30:00 CH" is 12:30 (noon), "12:00:00 SA" is midnight,
   i.e. no time was entered: the day alone ("2026-11-10"). A "Cập nhật" time (1897) is not the
   publication date; the header's "Thứ Bảy, 05/12/2026" never is.
4. Official notice (1890): printed as a document with the letterhead table (UBND XÃ DIÊN KHÁNH /
   TRƯỜNG THCS … / Số: 87/TB-THCSTQT | CỘNG HÒA … / Diên Khánh, ngày 30 tháng 11 năm 2026), the kind
   and subject, "Nơi nhận" and the signer's post. Gold: published_at = the letterhead's day
   "2026-11-30" (the CMS posted it "06:40:00 SA - 01/12/2026"); author = the signer "Lê Thị
   Thanh Hương"; letterhead, kind/subject, Nơi nhận and signature are not body.
5. Pagination: 3 items a page; the pager's links are query-only relative (``href="?page=2"``),
   the home shows only the 3 newest of each category and "Các tin mới hơn" lists only newer
   articles, so 1861, 1845 and 1841 are reachable only through ``?page=2``.
6. Byline zoo, always at the end of the text: a unit signing alone right-aligned ("Tổ Ngữ văn",
   "Tổ Văn phòng", "Liên đội Trần Quốc Toản") is the author as printed; "Tin, ảnh: Nguyễn Thị
   Hồng Nhung (TPT Đội)" and "Bài, ảnh: ThS. Phạm Thị Thu Hà - GV Tổ Ngữ văn" give the bare name
   as author and photographer; "Tin: Trần Minh Khoa - Ảnh: Võ Thị Mai" splits; "ThS. Đặng Quốc
   Huy – Tổ trưởng Tổ Toán - Tin" -> "Đặng Quốc Huy"; "Nguyễn Văn Bình - PHT" -> "Nguyễn Văn
   Bình"; "BBT" and the meta line's "Người đăng: thcs_tqt" are nobody.
7. Captions in CKEditor tables: the photo in one row, the line in the next row, often in
   parentheses: caption without them. A line that only credits the photographer ("Ảnh: Lê Văn
   Tâm") is no caption (None) and makes that name the article's photographer.
8. Boundaries of the text: the attachments box ("File đính kèm"), a "Xem thêm: <link>" line, the
   share bar and "Các tin mới hơn" sit in the same wrapper as the text; none is body. A closing
   right-aligned "Nguồn: Trung tâm Y tế khu vực Diên Khánh" is the source, while the body sentence
   "Theo Trung tâm Y tế khu vực Diên Khánh, từ đầu năm…" is text.
9. Word paste (1856): list items carry ``mso-list:Ignore`` markers ("·" plus nbsp runs) inside
   downlevel-revealed conditional comments ``<![if !supportLists]>``: the markers are no text; the
   "- " the editor typed in the next paragraphs is text.
10. Decomposed Unicode (1861): title and text were typed with Unikey's "Unicode tổ hợp" (NFD).
    Gold is NFC.
11. Emoji: picture emoji bullets (``<img class="emoji" alt="👉">`` at the start of three lines in
    1877) are no text and no images; emoji characters in the title ("🎉 …") and text ("🥇", "💚")
    are kept as printed.
12. Look-alike non-articles: document entries (title, date, "Trích yếu" paragraph, PDF), the
    album, the video page, the intro page, the contact page and the e-contact-book login all use
    the article's chrome; none is an article.
13. Sapo forms: the "Mô tả" box (``div.tomtat_ct``) is a sapo (first body paragraph); 1866
    opens with a bold lead paragraph inside the text (its sapo); the others have only an
    auto-filled ``meta description`` (first 160 characters of the text): summary null.

Gold decisions on ambiguous points
----------------------------------
- A photographer credited only in a caption line ("Ảnh: Lê Văn Tâm", 1845) is the article's
  photographer; the photo's caption is None.
- "Bài, ảnh: X" is read like "Tin, ảnh: X" (author and photographer).
- "Tài liệu tham khảo:" and its "[1] …" entry in 1841 are text (the notes the "[1]" call names).
- The notice's numbered points "1. …", "2. …" are body paragraphs with their numbers as printed;
  the "Căn cứ …" lines are body too (they are the document's text, not its letterhead).
- Table rows (results, exam schedule) are paragraphs with cells joined by " | ", header row
  included.
- The school's own production host printed in ``og:url``-like places is not the served host;
  gold paths are those on the served host.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
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
    text,
)

NAME = "mobifone_school_thcs"
PLATFORM = "MobiFone eSchool (hosted PHP school-website service)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THCS Trần Quốc Toản"
PROD_HOST = "thcstranquoctoan.dienkhanh.edu.vn"
PER_PAGE = 3


@dataclass(frozen=True)
class Cat:
    cid: int
    slug: str
    name: str
    parent: str


CATS = {
    2: Cat(2, "tin-tuc-su-kien", "Tin tức - Sự kiện", "Tin tức"),
    3: Cat(3, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "Chuyên môn"),
    4: Cat(4, "doan-doi", "Đoàn - Đội", "Đoàn - Đội"),
    5: Cat(5, "thong-bao", "Thông báo", "Tin tức"),
}
CAT_BY_NAME = {c.name: c for c in CATS.values()}

U = "/uploads/news"


def _right(inner: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{inner}</{tag}></p>')


# --- the 13 articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1841,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-8",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn 8",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-05T15:05:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch giáo dục nhà trường năm học 2026 - 2027 và hướng dẫn của Sở Giáo dục"
                " và Đào tạo tỉnh Khánh Hòa về đổi mới sinh hoạt chuyên môn, chiều ngày 03/10/2026, Tổ"
                " Ngữ văn Trường THCS Trần Quốc Toản đã tổ chức buổi sinh hoạt chuyên môn theo nghiên"
                " cứu bài học với bài dạy “Lá cờ thêu sáu chữ vàng” (Ngữ văn 8, bộ sách Kết nối tri"
                " thức với cuộc sống)."
            ),
            Img(
                f"{U}/2026_10/nvan8_ncbh_01.jpg",
                "(Cô Trần Thị Bích Ngọc dạy minh họa tại lớp 8A3)",
                "Cô Trần Thị Bích Ngọc dạy minh họa tại lớp 8A3",
                "table",
            ),
            P(
                "Tiết dạy minh họa do cô Trần Thị Bích Ngọc thực hiện tại lớp 8A3. Các giáo viên dự"
                " giờ tập trung quan sát hoạt động học của học sinh: học sinh học như thế nào, gặp"
                " khó khăn ở đâu, vì sao và giáo viên đã hỗ trợ ra sao, thay vì chỉ nhận xét, xếp loại"
                " tiết dạy của đồng nghiệp.[1]"
            ),
            P("Trong phần thảo luận sau giờ dạy, các thành viên trong tổ đã chia sẻ nhiều ý kiến thiết thực:"),
            P(
                "Việc chia nhóm bốn em theo bàn giúp học sinh trao đổi nhanh, nhưng cần giao nhiệm"
                " vụ cụ thể cho từng thành viên;",
                "li",
            ),
            P("Phiếu học tập số 2 còn nhiều câu hỏi, nên giảm bớt để học sinh có thời gian trình bày;", "li"),
            P("Cần tạo thêm cơ hội cho những học sinh còn rụt rè được phát biểu trước lớp.", "li"),
            P(
                "Buổi sinh hoạt chuyên môn diễn ra trong không khí cởi mở, góp phần nâng cao năng lực"
                " tổ chức hoạt động học cho đội ngũ giáo viên của tổ."
            ),
            P("Tài liệu tham khảo:", "b"),
            P(
                "[1] Bộ Giáo dục và Đào tạo, Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 về việc xây"
                " dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường.",
                "small",
            ),
            _right("Tổ Ngữ văn"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"posted": "03:05:00 CH - 05/10/2026"},
    ),
    Story(
        id=1845,
        slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-09T07:30:00+07:00",
        blocks=[
            P(
                "Nhằm đẩy mạnh phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”, đồng"
                " thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng cấp tỉnh, từ ngày 06 đến"
                " ngày 08/10/2026, Trường THCS Trần Quốc Toản tổ chức Hội khỏe Phù Đổng cấp trường năm"
                " học 2026 - 2027."
            ),
            P(
                "Hội khỏe năm nay thu hút hơn 420 vận động viên đến từ 28 lớp tham gia tranh tài ở các"
                " môn: điền kinh, bóng đá mini nam, cầu lông, cờ vua và kéo co."
            ),
            Img(
                f"{U}/2026_10/hkpd_keo_co.jpg",
                "(Học sinh khối 7 tranh tài môn kéo co)",
                "Học sinh khối 7 tranh tài môn kéo co",
                "table",
            ),
            P(
                "Sau ba ngày thi đấu sôi nổi, Ban tổ chức đã trao 15 giải nhất, 18 giải nhì và 21 giải"
                " ba cho các cá nhân, tập thể. Ở nội dung toàn đoàn, lớp 9A1 xuất sắc giành giải nhất,"
                " giải nhì thuộc về lớp 8A2, lớp 9A4 và lớp 6A5 đồng giải ba."
            ),
            Img(f"{U}/2026_10/hkpd_trao_giai.jpg", "Ảnh: Lê Văn Tâm", None, "table"),
            P(
                "Qua Hội khỏe, nhà trường đã lựa chọn được 24 học sinh có thành tích tốt nhất để tiếp"
                " tục tập luyện, chuẩn bị tham gia Hội khỏe Phù Đổng cấp tỉnh dự kiến tổ chức vào"
                " tháng 3/2027."
            ),
            _right("Tổ Thể dục - Nghệ thuật"),
        ],
        authors=["Tổ Thể dục - Nghệ thuật"],
        photographers=["Lê Văn Tâm"],
        opts={"posted": "07:30:00 SA - 09/10/2026"},
    ),
    Story(
        id=1850,
        slug="dai-hoi-lien-doi-tran-quoc-toan-nhiem-ky-2026-2027",
        title="Đại hội Liên đội Trần Quốc Toản nhiệm kỳ 2026 - 2027",
        cat="Đoàn - Đội",
        published_at="2026-10-15T09:10:00+07:00",
        summary=(
            "Sáng ngày 14/10/2026, Liên đội Trường THCS Trần Quốc Toản long trọng tổ chức Đại hội"
            " Liên đội nhiệm kỳ 2026 - 2027 với sự tham dự của 84 đại biểu là chỉ huy các chi đội."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự Đại hội có cô Lê Thị Thanh Hương – Hiệu trưởng nhà trường, đại diện Đoàn xã"
                " Diên Khánh, Ban đại diện Cha mẹ học sinh cùng các thầy cô giáo chủ nhiệm."
            ),
            Img(
                f"{U}/2026_10/dhld_khai_mac.jpg",
                "Các đại biểu chào cờ khai mạc Đại hội",
                "Các đại biểu chào cờ khai mạc Đại hội",
                "fig",
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 -"
                " 2026; thảo luận, thống nhất chương trình hành động với chủ đề “Thiếu nhi Khánh Hòa –"
                " Chăm ngoan, sáng tạo, xây dựng quê hương”."
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 em; em Nguyễn Ngọc Bảo Trâm,"
                " lớp 9A2, được tín nhiệm bầu làm Liên đội trưởng."
            ),
            Img(
                f"{U}/2026_10/dhld_bch_moi.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "fig",
            ),
            _right("Tin, ảnh: Nguyễn Thị Hồng Nhung (TPT Đội)", "em"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Nguyễn Thị Hồng Nhung"],
        opts={"posted": "09:10:00 SA - 15/10/2026"},
    ),
    Story(
        id=1856,
        slug="chuyen-de-ung-dung-tri-tue-nhan-tao-ho-tro-day-hoc-mon-toan",
        title="Chuyên đề “Ứng dụng trí tuệ nhân tạo hỗ trợ dạy học môn Toán”",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-20T14:40:00+07:00",
        blocks=[
            P(
                "Ngày 18/10/2026, Tổ Toán - Tin Trường THCS Trần Quốc Toản tổ chức chuyên đề “Ứng dụng"
                " trí tuệ nhân tạo hỗ trợ dạy học môn Toán” với sự tham gia của toàn thể giáo viên"
                " trong tổ và giáo viên các trường THCS trong cụm chuyên môn số 2.",
                "msop",
            ),
            P("Nội dung chuyên đề gồm ba phần chính:", "msop"),
            P(
                "Giới thiệu một số công cụ trí tuệ nhân tạo miễn phí hỗ trợ giáo viên soạn câu hỏi,"
                " phiếu học tập và đề kiểm tra;",
                "mso",
            ),
            P(
                "Hướng dẫn sử dụng phần mềm GeoGebra kết hợp trợ lý ảo để minh họa các bài toán hình"
                " học lớp 8, lớp 9;",
                "mso",
            ),
            P(
                "Những lưu ý về kiểm chứng kết quả và bảo vệ dữ liệu cá nhân của học sinh khi sử dụng"
                " các công cụ trực tuyến.",
                "mso",
            ),
            Img(f"{U}/2026_10/chuyende_toan_ai.jpg", None, None, "bare"),
            P(
                "Tại chuyên đề, thầy Đặng Quốc Huy đã dạy minh họa tiết “Định lí Pythagore và ứng"
                " dụng” ở lớp 8A1. Giáo viên dự giờ nhận xét học sinh hào hứng, chủ động khám phá"
                " nhưng vẫn phải tự lập luận, trình bày lời giải.",
                "msop",
            ),
            P("Kết thúc chuyên đề, tổ thống nhất một số việc cần làm trong thời gian tới:", "msop"),
            P(
                "- Mỗi giáo viên xây dựng ít nhất một kế hoạch bài dạy có ứng dụng công nghệ số trong"
                " học kỳ I;",
                "msop",
            ),
            P("- Không để học sinh lạm dụng công cụ trí tuệ nhân tạo khi làm bài tập về nhà.", "msop"),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><i><span'
                ' style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">ThS. Đặng'
                " Quốc Huy – Tổ trưởng Tổ Toán - Tin<o:p></o:p></span></i></b></p>"
            ),
        ],
        authors=["Đặng Quốc Huy"],
        opts={"posted": "02:40:00 CH - 20/10/2026"},
    ),
    Story(
        id=1861,
        slug="ngoai-khoa-an-toan-giao-thong-cho-nu-cuoi-ngay-mai",
        title="Ngoại khóa “An toàn giao thông cho nụ cười ngày mai”",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-28T10:05:00+07:00",
        blocks=[
            P(
                "Sáng ngày 26/10/2026, Trường THCS Trần Quốc Toản phối hợp với Công an xã Diên Khánh tổ"
                " chức buổi ngoại khóa tuyên truyền an toàn giao thông cho gần 1.100 học sinh toàn"
                " trường."
            ),
            P(
                "Tại buổi ngoại khóa, đồng chí Thượng úy Phan Văn Lực, Công an xã Diên Khánh, đã phổ"
                " biến một số quy định của Luật Trật tự, an toàn giao thông đường bộ năm 2024, nhấn"
                " mạnh các lỗi vi phạm thường gặp ở lứa tuổi học sinh như: đi xe đạp dàn hàng ngang,"
                " không đội mũ bảo hiểm khi ngồi sau xe mô tô, điều khiển xe máy điện khi chưa đủ"
                " tuổi."
            ),
            Img(
                f"{U}/2026_10/ngoaikhoa_atgt.jpg",
                "Học sinh trả lời câu hỏi tìm hiểu Luật giao thông",
                "Học sinh trả lời câu hỏi tìm hiểu Luật giao thông",
                "pcap",
            ),
            P(
                "Chương trình còn có phần thi tìm hiểu kiến thức với nhiều câu hỏi thực tế, thu hút"
                " đông đảo học sinh xung phong tham gia. Ban tổ chức đã trao 20 phần quà cho các em có"
                " câu trả lời đúng."
            ),
            P(
                "Thông qua buổi ngoại khóa, mỗi học sinh cam kết chấp hành nghiêm luật giao thông, trở"
                " thành tuyên truyền viên nhỏ cho gia đình và cộng đồng."
            ),
            _right("BBT"),
        ],
        opts={"posted": "10:05:00 SA - 28/10/2026", "nfd": True},
    ),
    Story(
        id=1866,
        slug="hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11-nam-hoc-2026-2027",
        title="Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11 năm học 2026 - 2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-02T12:30:00+07:00",
        summary=(
            "Từ ngày 19/10 đến ngày 31/10/2026, Trường THCS Trần Quốc Toản tổ chức Hội giảng chào"
            " mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với 18 tiết dạy của giáo viên thuộc 5 tổ"
            " chuyên môn."
        ),
        blocks=[
            P(
                "Từ ngày 19/10 đến ngày 31/10/2026, Trường THCS Trần Quốc Toản tổ chức Hội giảng chào"
                " mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với 18 tiết dạy của giáo viên thuộc 5 tổ"
                " chuyên môn.",
                "b",
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ thuật dạy"
                " học tích cực và ứng dụng công nghệ thông tin hiệu quả. Ban giám khảo đánh giá tiết"
                " dạy theo Công văn 5512 của Bộ GD&ĐT, chú trọng hoạt động của học sinh."
            ),
            P("Kết quả, Ban tổ chức đã chọn 5 tiết dạy xuất sắc để trao giải:"),
            P("TT | Họ và tên | Môn | Lớp dạy | Xếp giải", "row"),
            P("1 | Trần Thị Bích Ngọc | Ngữ văn | 8A3 | Nhất", "row"),
            P("2 | Đặng Quốc Huy | Toán | 8A1 | Nhì", "row"),
            P("3 | Nguyễn Hoàng Yến | Tiếng Anh | 6A2 | Nhì", "row"),
            P("4 | Võ Thị Mai | Khoa học tự nhiên | 7A4 | Ba", "row"),
            P("5 | Lương Minh Trí | Lịch sử và Địa lí | 9A3 | Ba", "row"),
            P(
                "Hội giảng là dịp để giáo viên học hỏi, trao đổi kinh nghiệm, góp phần nâng cao chất"
                " lượng dạy học của nhà trường."
            ),
            _right("Nguyễn Văn Bình - PHT", "b"),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={"posted": "12:30:00 CH - 02/11/2026", "old_slug": "hoi-giang-chao-mung-20-11"},
    ),
    Story(
        id=1872,
        slug="thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-10",
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027 đối với các môn"
                " học đánh giá bằng điểm số như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "row"),
            P("12/11/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "row"),
            P("12/11/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "row"),
            P("13/11/2026 | Sáng | 8, 9 | Toán | 90 phút", "row"),
            P("13/11/2026 | Chiều | 6, 7 | Toán | 90 phút", "row"),
            P("14/11/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "row"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ"
                " chuyên môn."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có"
                " mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và đồ dùng học"
                " tập cần thiết."
            ),
        ],
        opts={
            "posted": "12:00:00 SA - 10/11/2026",
            "ticker": True,
            "files": [("Lich_KTGK_HKI_2026-2027.pdf", "/uploads/files/2026_11/lich_ktgk_hki_2026-2027.pdf")],
        },
    ),
    Story(
        id=1877,
        slug="lien-doi-hoan-thanh-ke-hoach-nho-thu-gom-giay-vun-dot-1",
        title="🎉 Liên đội hoàn thành “Kế hoạch nhỏ” thu gom giấy vụn đợt 1",
        cat="Đoàn - Đội",
        published_at="2026-11-16T16:45:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 - 2027, trong hai ngày 13 và"
                " 14/11/2026, Liên đội Trường THCS Trần Quốc Toản tổ chức thu gom giấy vụn đợt 1 tại"
                " sân trường."
            ),
            P(
                "Kết quả, toàn Liên đội thu được 2.350 kg giấy vụn và 186 kg vỏ lon, chai nhựa. Một số"
                " chi đội có thành tích nổi bật:"
            ),
            P("Chi đội 9A1: 168 kg giấy vụn 🥇", "emoji"),
            P("Chi đội 7A3: 152 kg giấy vụn", "emoji"),
            P("Chi đội 6A1: 140 kg giấy vụn", "emoji"),
            Img(
                f"{U}/2026_11/kehoachnho_dot1.jpg",
                "Các đội viên cân giấy vụn tại sân trường",
                "Các đội viên cân giấy vụn tại sân trường",
                "fig",
            ),
            P(
                "Toàn bộ số tiền thu được sẽ được Liên đội dùng để trao tặng học bổng “Nuôi heo đất”"
                " cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập nhân dịp Tết Nguyên đán"
                " Đinh Mùi 2027. 💚"
            ),
            _right("Liên đội Trần Quốc Toản"),
        ],
        authors=["Liên đội Trần Quốc Toản"],
        opts={"posted": "04:45:00 CH - 16/11/2026"},
    ),
    Story(
        id=1881,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20T10:20:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Trường THCS Trần Quốc Toản long trọng tổ chức Lễ kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam và tổng kết đợt thi đua “Dạy tốt – Học tốt” chào mừng ngày 20/11."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Diên Khánh, Ban đại diện Cha mẹ"
                " học sinh cùng nhiều thế hệ thầy cô giáo đã nghỉ hưu và toàn thể học sinh nhà trường."
            ),
            Img(
                f"{U}/2026_11/le2011_van_nghe.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A2",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A2",
                "fig",
            ),
            P(
                "Phát biểu tại buổi lễ, cô Lê Thị Thanh Hương, Hiệu trưởng nhà trường, ôn lại truyền"
                " thống vẻ vang của ngày Nhà giáo Việt Nam và nhấn mạnh:"
            ),
            P(
                "“Mỗi thầy cô hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo, để mỗi"
                " ngày đến trường thực sự là một ngày vui của học sinh.”",
                "q",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong đợt thi"
                " đua và 5 giáo viên đạt giải tại Hội giảng cấp trường; Ban đại diện Cha mẹ học sinh"
                " trao 30 suất học bổng cho học sinh vượt khó học tốt."
            ),
            Img(
                f"{U}/2026_11/le2011_khen_thuong.jpg",
                "Hiệu trưởng Lê Thị Thanh Hương trao giấy khen cho các giáo viên đạt giải Hội giảng",
                "Hiệu trưởng Lê Thị Thanh Hương trao giấy khen cho các giáo viên đạt giải Hội giảng",
                "fig",
            ),
            _right("Tin: Trần Minh Khoa - Ảnh: Võ Thị Mai"),
        ],
        authors=["Trần Minh Khoa"],
        photographers=["Võ Thị Mai"],
        opts={"posted": "10:20:00 SA - 20/11/2026"},
    ),
    Story(
        id=1886,
        slug="tap-huan-su-dung-so-diem-dien-tu-va-so-lien-lac-dien-tu",
        title="Tập huấn sử dụng sổ điểm điện tử và sổ liên lạc điện tử năm học 2026 - 2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-24T15:30:00+07:00",
        summary=(
            "Chiều ngày 23/11/2026, Trường THCS Trần Quốc Toản tổ chức tập huấn cho 62 cán bộ, giáo"
            " viên về sử dụng sổ điểm điện tử và sổ liên lạc điện tử trên hệ thống quản lý trường học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi tập huấn do kỹ thuật viên của MobiFone Khánh Hòa trực tiếp hướng dẫn. Giáo viên"
                " được thực hành nhập điểm đánh giá thường xuyên, điểm đánh giá giữa kỳ, nhận xét học"
                " sinh và gửi tin nhắn thông báo đến cha mẹ học sinh qua ứng dụng."
            ),
            Img(
                f"{U}/2026_11/taphuan_slldt.jpg",
                "(Giáo viên thực hành nhập điểm trên hệ thống)",
                "Giáo viên thực hành nhập điểm trên hệ thống",
                "pcap",
            ),
            P(
                "Từ ngày 01/12/2026, toàn bộ giáo viên bộ môn thực hiện nhập điểm trên sổ điểm điện tử;"
                " giáo viên chủ nhiệm hướng dẫn cha mẹ học sinh cài đặt ứng dụng để theo dõi kết quả"
                " học tập, nề nếp của con em."
            ),
            Raw(
                '<p style="text-align: justify;"><em>Xem thêm: <a href="/so-lien-lac.html">Hướng dẫn'
                " tra cứu sổ liên lạc điện tử</a></em></p>"
            ),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"posted": "03:30:00 CH - 24/11/2026"},
    ),
    Story(
        id=1890,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-15",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 15",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="width:40%;text-align:center;vertical-align:top">UBND XÃ DIÊN KHÁNH<br />'
                "<strong>TRƯỜNG THCS TRẦN QUỐC TOẢN</strong><br />______<br />Số: 87/TB-THCSTQT</td>"
                '<td style="text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA'
                " VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
                "_______________<br /><em>Diên Khánh, ngày 30 tháng 11 năm 2026</em></td>"
                "</tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc cho'
                " học sinh nghỉ học để phòng, tránh bão số 15</strong></p>"
            ),
            P(
                "Căn cứ Công điện số 24/CĐ-UBND ngày 30/11/2026 của Ủy ban nhân dân tỉnh Khánh Hòa về"
                " việc chủ động ứng phó với bão số 15;"
            ),
            P(
                "Căn cứ chỉ đạo của Sở Giáo dục và Đào tạo về việc cho học sinh nghỉ học để phòng,"
                " tránh bão,"
            ),
            P("Trường THCS Trần Quốc Toản thông báo:"),
            P(
                "1. Cho toàn bộ học sinh nghỉ học ngày 01/12/2026 và ngày 02/12/2026. Thời gian đi học"
                " trở lại nhà trường sẽ thông báo sau qua sổ liên lạc điện tử và nhóm Zalo của các lớp."
            ),
            P(
                "2. Giáo viên chủ nhiệm thông báo kịp thời đến cha mẹ học sinh; nhắc nhở học sinh không"
                " tắm sông, suối, không đến gần khu vực ngập nước, sạt lở."
            ),
            P(
                "3. Cán bộ, giáo viên, nhân viên trực theo lịch phân công; chằng chống cửa sổ, che chắn"
                " tài liệu, thiết bị dạy học, kịp thời báo cáo thiệt hại (nếu có) về Ban giám hiệu."
            ),
            P("Đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực hiện./."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />'
                "- Như trên;<br />- Phòng Văn hóa - Xã hội xã (b/c);<br />- Lưu: VT.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br />'
                "<br /><em>(Đã ký)</em><br /><br /><strong>Lê Thị Thanh Hương</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Lê Thị Thanh Hương"],
        opts={"posted": "06:40:00 SA - 01/12/2026", "ticker": True},
    ),
    Story(
        id=1893,
        slug="chu-dong-phong-chong-benh-sot-xuat-huyet-trong-truong-hoc",
        title="Chủ động phòng, chống bệnh sốt xuất huyết trong trường học",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-02T09:00:00+07:00",
        source="Trung tâm Y tế khu vực Diên Khánh",
        blocks=[
            P(
                "Sau mưa bão, số ca mắc sốt xuất huyết trên địa bàn có xu hướng gia tăng. Theo Trung"
                " tâm Y tế khu vực Diên Khánh, từ đầu năm đến nay toàn khu vực ghi nhận 412 ca mắc,"
                " trong đó có 96 ca là học sinh."
            ),
            P(
                "Để chủ động phòng bệnh, nhà trường đề nghị cha mẹ học sinh và các em thực hiện tốt các"
                " biện pháp sau:"
            ),
            P(
                "Đậy kín các dụng cụ chứa nước; thả cá vào bể chứa nước lớn để diệt lăng quăng (bọ"
                " gậy);",
                "li",
            ),
            P(
                "Thu gom, loại bỏ vật dụng phế thải như chai lọ, lốp xe, vỏ dừa có thể đọng nước quanh"
                " nhà;",
                "li",
            ),
            P("Ngủ màn kể cả ban ngày, mặc quần áo dài tay để tránh muỗi đốt;", "li"),
            P(
                "Khi có biểu hiện sốt cao đột ngột, đau đầu, đau mỏi người, phải đưa trẻ đến cơ sở y tế"
                " gần nhất để được khám và điều trị kịp thời, không tự ý điều trị tại nhà.",
                "li",
            ),
            Img(f"{U}/2026_12/infographic_sxh.png", None, None, "bare"),
            _right("Nguồn: Trung tâm Y tế khu vực Diên Khánh", "em"),
        ],
        opts={"posted": "09:00:00 SA - 02/12/2026"},
    ),
    Story(
        id=1897,
        slug="tuyen-truyen-phong-chong-bao-luc-hoc-duong-va-xam-hai-tre-em",
        title="Tuyên truyền phòng, chống bạo lực học đường và xâm hại trẻ em",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Chiều ngày 03/12/2026, Liên đội phối hợp với Ban đại diện Cha mẹ học sinh tổ chức buổi"
            " sinh hoạt chuyên đề tuyên truyền phòng, chống bạo lực học đường và xâm hại trẻ em."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo viên là luật sư Huỳnh Thị Kim Oanh, Đoàn Luật sư tỉnh Khánh Hòa. Bằng những câu"
                " chuyện, tình huống thực tế, luật sư đã giúp học sinh nhận diện các hành vi bạo lực"
                " học đường, kể cả bạo lực trên không gian mạng như lập nhóm nói xấu, tung ảnh chế,"
                " bình luận xúc phạm bạn bè."
            ),
            P(
                "Các em cũng được hướng dẫn kỹ năng tự bảo vệ bản thân, cách ứng xử khi bị bắt nạt và"
                " địa chỉ tin cậy để chia sẻ:",
                "br",
            ),
            P("– Giáo viên chủ nhiệm, Tổ tư vấn tâm lý học đường của nhà trường;", "br"),
            P("– Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí, 24/7).", "br"),
            Img(
                f"{U}/2026_12/bao_luc_hoc_duong.jpg",
                "(Luật sư Huỳnh Thị Kim Oanh trao đổi với học sinh)",
                "Luật sư Huỳnh Thị Kim Oanh trao đổi với học sinh",
                "table",
            ),
            P(
                "Kết thúc buổi sinh hoạt, đại diện học sinh các khối đã ký cam kết “Nói không với bạo"
                " lực học đường”, chung tay xây dựng môi trường học đường an toàn, thân thiện."
            ),
            _right("Bài, ảnh: ThS. Phạm Thị Thu Hà - GV Tổ Ngữ văn"),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Phạm Thị Thu Hà"],
        opts={"posted": "04:20:00 CH - 04/12/2026", "updated": "08:05:00 SA - 05/12/2026"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def story_path(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{s.id}/{slug or s.slug}.html"


def cat_path(c: Cat) -> str:
    return f"/chuyen-muc/{c.cid}/{c.slug}.html"


def _in_cat(c: Cat) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == c.name), key=lambda s: s.id, reverse=True)


# --- non-articles ------------------------------------------------------------------------------

DOCS = {
    212: {
        "slug": "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
        "so": "142/KH-THCSTQT",
        "ngay": "12/09/2026",
        "loai": "Kế hoạch",
        "ky": "Lê Thị Thanh Hương",
        "trich_yeu": "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "file": "/uploads/files/2026_09/kh_giao_duc_nha_truong_2026-2027.pdf",
    },
    221: {
        "slug": "cong-khai-chat-luong-giao-duc-nam-hoc-2026-2027",
        "so": "168/TB-THCSTQT",
        "ngay": "30/09/2026",
        "loai": "Thông báo",
        "ky": "Lê Thị Thanh Hương",
        "trich_yeu": "Công khai cam kết chất lượng giáo dục và chất lượng giáo dục thực tế năm học 2026 - 2027",
        "file": "/uploads/files/2026_09/cong_khai_chat_luong_2026-2027.pdf",
    },
}
ALBUM = (35, "hoi-khoe-phu-dong-cap-truong-2026", "Hội khỏe Phù Đổng cấp trường 2026")
VIDEO = (18, "tiet-muc-van-nghe-chao-mung-20-11", "Tiết mục văn nghệ chào mừng 20/11 của lớp 8A2")

INTRO_PATH = "/trang/1/gioi-thieu-chung.html"
CONTACT_PATH = "/lien-he.html"
SLL_PATH = "/so-lien-lac.html"
ALBUM_PATH = f"/thu-vien-anh/{ALBUM[0]}/{ALBUM[1]}.html"
VIDEO_PATH = f"/video/{VIDEO[0]}/{VIDEO[1]}.html"


def doc_path(did: int) -> str:
    return f"/van-ban/{did}/{DOCS[did]['slug']}.html"


# --- markup ------------------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _img_tag(src: str, alt: str = "", width: int = 600) -> str:
    return f'<img alt="{esc(alt)}" src="{src}" style="width: {width}px; height: {width * 2 // 3}px;" />'


def _render_img(s: Story, img: Img) -> str:
    printed = _t(s, img.printed) if img.printed else ""
    if img.style == "table":
        cap = (
            f'<tr><td style="text-align: center;"><em><span style="font-size:12px;">{printed}</span></em></td></tr>'
            if img.printed
            else ""
        )
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">'
            f'<tbody><tr><td style="text-align: center;">{_img_tag(img.src)}</td></tr>{cap}</tbody></table>'
        )
    if img.style == "fig":
        cap = f"<figcaption>{printed}</figcaption>" if img.printed else ""
        return f'<figure class="image" style="display:inline-block">{_img_tag(img.src, "")}{cap}</figure>'
    if img.style == "pcap":
        return (
            f'<p style="text-align: center;">{_img_tag(img.src, "anh")}</p>'
            f'<p style="text-align: center;"><em>{printed}</em></p>'
        )
    return f'<p style="text-align: center;">{_img_tag(img.src, "")}</p>'


_MSO_BULLET = (
    '<![if !supportLists]><span style="font-family:Symbol;mso-fareast-font-family:Symbol;'
    'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times'
    ' New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>'
)
_MSO_SPAN = '<span style="font-size:13.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">'


def _render_group(s: Story, style: str, items: list[P]) -> str:
    if style == "li":
        return "<ul>" + "".join(f"<li>{_t(s, p.text)}</li>" for p in items) + "</ul>"
    if style == "row":
        rows = []
        for n, p in enumerate(items):
            cells = p.text.split(" | ")
            if n == 0:
                rows.append("<tr>" + "".join(f'<td style="text-align:center"><strong>{_t(s, c)}</strong></td>' for c in cells) + "</tr>")
            else:
                rows.append("<tr>" + "".join(f"<td>{_t(s, c)}</td>" for c in cells) + "</tr>")
        return (
            '<table border="1" cellpadding="3" cellspacing="0" style="width:100%;border-collapse:collapse">'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    if style == "br":
        return '<p style="text-align: justify;">' + "<br />\n".join(_t(s, p.text) for p in items) + "</p>"
    if style == "mso":
        out = []
        for n, p in enumerate(items):
            pos = "First" if n == 0 else ("Last" if n == len(items) - 1 else "Middle")
            out.append(
                f'<p class="MsoListParagraphCxSp{pos}" style="margin-left:.5in;mso-add-space:auto;'
                'text-align:justify;text-indent:-.25in;mso-list:l0 level1 lfo1">'
                f"{_MSO_BULLET}{_MSO_SPAN}{_t(s, p.text)}<o:p></o:p></span></p>"
            )
        return "\n".join(out)
    parts = []
    for p in items:
        t = _t(s, p.text)
        if style == "b":
            parts.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
        elif style == "small":
            parts.append(f'<p style="text-align: justify;"><span style="font-size:12px;">{t}</span></p>')
        elif style == "q":
            parts.append(f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>')
        elif style == "msop":
            parts.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in;'
                f'line-height:115%">{_MSO_SPAN}{t}<o:p></o:p></span></p>'
            )
        elif style == "emoji":
            parts.append(
                '<p style="margin-left: 20px;"><img alt="👉" class="emoji" draggable="false" height="16"'
                ' src="/template/images/emoji/1f449.png" width="16" />&nbsp;' + t + "</p>"
            )
        else:
            parts.append(f'<p style="text-align: justify;">{t}</p>')
    return "\n".join(parts)


def render_body(s: Story) -> str:
    out: list[str] = []
    group: list[P] = []
    gstyle = ""

    def flush() -> None:
        nonlocal group
        if group:
            out.append(_render_group(s, gstyle, group))
        group = []

    for b in s.blocks:
        if isinstance(b, P):
            if group and b.style != gstyle:
                flush()
            gstyle = b.style
            group.append(b)
            continue
        flush()
        if isinstance(b, Img):
            out.append(_render_img(s, b))
        else:
            out.append(b.html)
    flush()
    return "\n".join(out)


def _date_of(posted: str) -> str:
    return posted.split(" - ")[1]


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", INTRO_PATH, [("Giới thiệu chung", INTRO_PATH), ("Liên hệ", CONTACT_PATH)]),
    (
        "Tin tức",
        "javascript:void(0);",
        [("Tin tức - Sự kiện", cat_path(CATS[2])), ("Thông báo", cat_path(CATS[5]))],
    ),
    (
        "Chuyên môn",
        "javascript:void(0);",
        [("Hoạt động chuyên môn", cat_path(CATS[3])), ("Văn bản", "/van-ban.html")],
    ),
    ("Đoàn - Đội", cat_path(CATS[4]), []),
    ("Thư viện", "javascript:void(0);", [("Thư viện ảnh", "/thu-vien-anh.html"), ("Video clip", "/video.html")]),
    ("Sổ liên lạc điện tử", SLL_PATH, []),
    ("Liên hệ", CONTACT_PATH, []),
]

MOST_READ = [1881, 1866, 1850, 1872, 1877]


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU, 1):
        sub = ""
        if subs:
            sub = '<ul class="mn_con">' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs) + "</ul>"
        items.append(f'<li class="mn_c1 mn_{n}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<div id="menu_ngang"><ul class="mn_goc">' + "".join(items) + "</ul></div>"


def _ticker() -> str:
    notices = [s for s in sorted(STORIES, key=lambda s: s.id, reverse=True) if s.opts.get("ticker")]
    links = " &nbsp;&nbsp;<img src=\"/template/mobifone/images/new.gif\" alt=\"\" /> ".join(
        f'<a href="{story_path(s)}?ref=ticker">{esc(s.title)}</a>' for s in notices
    )
    doc = DOCS[221]
    links += f' &nbsp;&nbsp;<img src="/template/mobifone/images/new.gif" alt="" /> <a href="{doc_path(221)}">{esc(doc["trich_yeu"])}</a>'
    return (
        '<div class="thongbao_chay"><span class="tb_lbl">THÔNG BÁO:</span>'
        f'<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{links}</marquee></div>'
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{story_path(BY_ID[i], BY_ID[i].opts.get("old_slug"))}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    return f"""
<div id="cot_phai">
 <div class="pl_khung" id="pl_41">
  <div class="pl_tde">SỔ LIÊN LẠC ĐIỆN TỬ</div>
  <form method="post" action="/so-lien-lac/dang-nhap.html" name="frmSLL">
   <table class="tbl_sll"><tr><td>Mã học sinh:</td><td><input type="text" name="ma_hs" size="14" /></td></tr>
   <tr><td>Mật khẩu:</td><td><input type="password" name="mat_khau" size="14" /></td></tr>
   <tr><td></td><td><input type="submit" value="Đăng nhập" class="btn_sll" /></td></tr></table>
   <a href="{SLL_PATH}">» Hướng dẫn tra cứu</a>
  </form>
 </div>
 <div class="pl_khung" id="pl_12">
  <div class="pl_tde">TIN ĐỌC NHIỀU</div>
  <ul class="ds_docnhieu">{most}</ul>
 </div>
 <div class="pl_khung" id="pl_17">
  <div class="pl_tde">THĂM DÒ Ý KIẾN</div>
  <form method="post" action="/binh-chon.html">
   <p>Bạn biết đến website của trường qua đâu?</p>
   <input type="radio" name="pa" value="1" /> Giáo viên chủ nhiệm giới thiệu<br />
   <input type="radio" name="pa" value="2" /> Nhóm Zalo của lớp<br />
   <input type="radio" name="pa" value="3" /> Tìm kiếm trên Google<br />
   <input type="radio" name="pa" value="4" /> Khác<br />
   <input type="hidden" name="id_bc" value="3" />
   <input type="submit" value="Bình chọn" /> <a href="javascript:void(0);" onclick="window.open('/binh-chon.html?id_bc=3&amp;xem=1','kq','width=420,height=360')">Xem kết quả</a>
  </form>
 </div>
 <div class="pl_khung" id="pl_20">
  <div class="pl_tde">THƯ VIỆN ẢNH</div>
  <a href="{ALBUM_PATH}"><img src="/uploads/album/2026_10/hkpd_bia.jpg" alt="{esc(ALBUM[2])}" width="220" /></a>
  <div class="pl_tde">VIDEO CLIP</div>
  <a href="{VIDEO_PATH}"><img src="/uploads/video/2026_11/vn2011_thumb.jpg" alt="" width="220" /></a>
 </div>
 <div class="pl_khung" id="pl_9">
  <div class="pl_tde">LIÊN KẾT WEBSITE</div>
  <select onchange="if(this.value!='')window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://khanhhoa.edu.vn">Sở GD&amp;ĐT Khánh Hòa</option>
   <option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option>
  </select>
  <p><a href="https://www.mobifone.vn" target="_blank"><img src="/template/mobifone/images/qc_mobiedu.png" alt="MobiEdu" width="220" /></a></p>
 </div>
 <div class="pl_khung" id="pl_3">
  <div class="pl_tde">THỐNG KÊ TRUY CẬP</div>
  <table class="tk_truycap"><tr><td>Đang online:</td><td>17</td></tr>
  <tr><td>Hôm nay:</td><td>245</td></tr><tr><td>Tháng này:</td><td>1.906</td></tr>
  <tr><td>Tổng truy cập:</td><td>1.284.563</td></tr></table>
 </div>
</div>"""


def page(request: Request, title: str, main: str, *, canonical: str | None = None, desc: str = "") -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {SCHOOL}</title>
<meta name="description" content="{esc(desc)}" />
<meta name="keywords" content="THCS Trần Quốc Toản, Diên Khánh, Khánh Hòa, trường học" />
<meta property="og:site_name" content="{SCHOOL}" />
{canon}
<link rel="shortcut icon" href="/template/mobifone/images/favicon.ico" />
<link rel="stylesheet" type="text/css" href="/template/mobifone/css/style.css" />
<script type="text/javascript" src="/template/mobifone/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/template/mobifone/js/dropdown.js"></script>
</head>
<body>
<div id="mbf_top">
 <div class="mbf_l"><img src="/template/mobifone/images/logo_mobifone.png" alt="MobiFone" height="22" /> MobiFone eSchool – Giải pháp website trường học | Hotline hỗ trợ: 18001090</div>
 <div class="mbf_r">Các trường cùng hệ thống:
  <select onchange="if(this.value!='')location.href=this.value">
   <option value="">-- Chọn trường --</option>
   <option value="http://thcsnguyenhue.dienkhanh.edu.vn">THCS Nguyễn Huệ</option>
   <option value="http://thcsphanchutrinh.dienkhanh.edu.vn">THCS Phan Chu Trinh</option>
   <option value="http://thlequydon.dienkhanh.edu.vn">TH Lê Quý Đôn</option>
  </select>
 </div>
</div>
<div id="khung_trang">
<div id="banner"><a href="/"><img src="/uploads/banner/banner_thcs_tqt_2026.jpg" alt="{SCHOOL}" width="1000" height="160" /></a></div>
<div id="thanh_ngay"><span class="ngay_ht">{HEADER_TODAY}</span>
 <form method="get" action="/tim-kiem.html" class="frm_tk"><input type="text" name="tukhoa" value="" placeholder="Từ khóa..." /><input type="submit" value="Tìm" /></form>
</div>
{_menu()}
{_ticker()}
<div id="cot_trai">
{main}
</div>
{_sidebar()}
<div class="clear"></div>
<div id="chan_trang">
 <p><strong>{SCHOOL.upper()}</strong></p>
 <p>Địa chỉ: 45 Lý Tự Trọng, xã Diên Khánh, tỉnh Khánh Hòa – Điện thoại: 0258 3850 412 – Email: c2tranquoctoan.dk@khanhhoa.edu.vn</p>
 <p>Chịu trách nhiệm nội dung: Hiệu trưởng Lê Thị Thanh Hương</p>
 <p>Bản quyền © 2026 {SCHOOL}. Website: http://{PROD_HOST}</p>
 <p class="mbf_cr">Thiết kế và vận hành bởi <a href="https://www.mobifone.vn" target="_blank">Tổng Công ty Viễn thông MobiFone</a> – Tổng đài 18001090</p>
</div>
</div>
<script type="text/javascript">
function inBai(id, slug){{ window.open('/tin-tuc/' + id + '/' + slug + '.html?print=1', 'inbai', 'width=800,height=600,scrollbars=1'); return false; }}
</script>
</body>
</html>"""
    return html(doc)


def _crumb(*parts: tuple[str, str | None]) -> str:
    items = ['<a href="/">Trang chủ</a>']
    for label, href in parts:
        items.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="dd_bc">' + " <b>»</b> ".join(items) + "</div>"


def _teaser(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:25]) + "..." if len(words) > 25 else first


def _thumb(s: Story) -> str:
    img = s.images[0].src if s.images else "/template/mobifone/images/no_image.jpg"
    return img.replace("/uploads/news/", "/uploads/news/thumb/")


def _list_item(s: Story, big: bool = False) -> str:
    return (
        f'<div class="tin_ds{" tin_lon" if big else ""}">'
        f'<a href="{story_path(s)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" class="anh_ds" width="{180 if big else 110}" /></a>'
        f'<a class="tde_ds" href="{story_path(s)}">{_t(s, s.title)}</a> '
        f'<span class="ngay_ds">({_date_of(s.opts["posted"])})</span>'
        f'<div class="mota_ds">{_t(s, _teaser(s))}</div>'
        f'<a class="xemtiep" href="{story_path(s)}">Xem tiếp »</a><div class="clear"></div></div>'
    )


# --- page handlers -----------------------------------------------------------------------------


def home(request: Request) -> Response:
    slides = "".join(
        f'<li><a href="{story_path(BY_ID[i])}"><img src="{BY_ID[i].images[0].src if BY_ID[i].images else "/uploads/banner/slide_default.jpg"}" alt="" width="640" /></a>'
        f'<div class="sl_tde"><a href="{story_path(BY_ID[i])}">{_t(BY_ID[i], BY_ID[i].title)}</a></div></li>'
        for i in (1881, 1890)
    )
    blocks = []
    for cid in (2, 5, 3, 4):
        c = CATS[cid]
        items = _in_cat(c)[:PER_PAGE]
        inner = _list_item(items[0], big=True) + '<ul class="ds_tinnho">' + "".join(
            f'<li><a href="{story_path(s)}">{_t(s, s.title)}</a> <span class="ngay_ds">({_date_of(s.opts["posted"])[:5]})</span></li>'
            for s in items[1:]
        ) + "</ul>"
        blocks.append(
            f'<div class="khoi_tc" id="khoi_cm_{cid}"><div class="khoi_tde"><a href="{cat_path(c)}">{esc(c.name.upper())}</a>'
            f'<a class="xemtatca" href="{cat_path(c)}">Xem tất cả</a></div>{inner}</div>'
        )
    main = f"""
<div class="tin_noibat"><ul id="slider_tnb">{slides}</ul></div>
<div class="thu_ngo"><div class="khoi_tde">THƯ NGỎ</div>
<p>Chào mừng quý phụ huynh, các em học sinh và bạn đọc đến với Cổng thông tin điện tử {SCHOOL}. Website là kênh
thông tin chính thức của nhà trường, cập nhật các hoạt động dạy và học, thông báo của nhà trường đến cha mẹ học sinh.
Mọi ý kiến đóng góp xin gửi về địa chỉ email của nhà trường.</p>
<p style="text-align:right"><em>Hiệu trưởng</em></p></div>
{''.join(blocks)}"""
    return page(request, "Trang chủ", main, canonical="/", desc=f"Website {SCHOOL}, xã Diên Khánh, tỉnh Khánh Hòa")


def category(request: Request, cid: int) -> Response | None:
    c = CATS.get(cid)
    if c is None:
        return None
    try:
        pg = int(request.params.get("page", "1") or "1")
    except ValueError:
        pg = 1
    pg = max(pg, 1)
    items = _in_cat(c)
    total = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    chunk = items[(pg - 1) * PER_PAGE : pg * PER_PAGE]
    listing = "".join(_list_item(s) for s in chunk) or '<p class="khong_co">Chưa có tin bài trong chuyên mục này.</p>'
    pager = ""
    if total > 1:
        links = []
        if pg > 1:
            links.append('<a href="?page=1" title="Trang đầu">«</a>')
            links.append(f'<a href="?page={pg - 1}" title="Trang trước">‹</a>')
        for n in range(1, total + 1):
            links.append(f'<b class="tr_ht">{n}</b>' if n == pg else f'<a href="?page={n}">{n}</a>')
        if pg < total:
            links.append(f'<a href="?page={pg + 1}" title="Trang sau">›</a>')
            links.append(f'<a href="?page={total}" title="Trang cuối">»</a>')
        pager = f'<div class="phan_trang">Trang {min(pg, total)}/{total}: ' + " ".join(links) + "</div>"
    crumb = _crumb((c.parent, None), (c.name, cat_path(c))) if c.parent != c.name else _crumb((c.name, cat_path(c)))
    main = f"""{crumb}
<div class="khung_ds" id="ds_cm_{cid}"><h2 class="tde_cm">{esc(c.name)}</h2>
<div class="ds_tin">{listing}</div>
{pager}
</div>"""
    canon = cat_path(c) + (f"?page={pg}" if pg > 1 else "")
    return page(request, c.name, main, canonical=canon, desc=c.name)


def _meta_desc(s: Story) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return (s.summary or first)[:160]


def article(request: Request, aid: int) -> Response | None:
    s = BY_ID.get(aid)
    if s is None:
        return None
    c = CAT_BY_NAME[s.cat]
    if request.params.get("print") == "1":
        return print_view(request, s)
    meta = [f'Đăng lúc: <span class="tg">{s.opts["posted"]}</span>']
    if s.opts.get("updated"):
        meta.append(f'Cập nhật: <span class="tg">{s.opts["updated"]}</span>')
    meta.append("Người đăng: thcs_tqt")
    meta.append(f"Lượt xem: {s.views()}")
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="tomtat_ct" id="mota_{s.id}"><strong>{_t(s, s.summary)}</strong></div>'
    files = ""
    if s.opts.get("files"):
        files = '<div class="dinhkem_ct"><b>File đính kèm:</b><ul>' + "".join(
            f'<li><img src="/template/mobifone/images/icon_pdf.gif" alt="" /> <a href="{href}" target="_blank">{esc(name)}</a></li>'
            for name, href in s.opts["files"]
        ) + "</ul></div>"
    newer = [x for x in sorted(_in_cat(c), key=lambda x: x.id) if x.id > s.id][:3]
    others = ""
    if newer:
        others = '<div class="tinkhac_ct"><div class="tk_tde">Các tin mới hơn:</div><ul>' + "".join(
            f'<li><a href="{story_path(x)}">{_t(x, x.title)}</a> <span class="ngay_ds">({_date_of(x.opts["posted"])})</span></li>'
            for x in newer
        ) + "</ul></div>"
    crumb = _crumb((c.parent, None), (c.name, cat_path(c))) if c.parent != c.name else _crumb((c.name, cat_path(c)))
    shared = f"http://{PROD_HOST}{story_path(s)}"
    main = f"""{crumb}
<div id="ndct_2" class="kh_chitiet">
<h1 class="tieude_ct">{_t(s, s.title)}</h1>
<div class="tgian_dang">{' | '.join(meta)}</div>
{sapo}
<div class="noidung_ct" id="nd_{s.id}">
{render_body(s)}
</div>
{files}
<div class="congcu_ct">
 <a href="javascript:void(0);" onclick="return inBai({s.id}, '{s.slug}');"><img src="/template/mobifone/images/icon_print.gif" alt="" /> In bài</a>
 <a href="mailto:?subject={esc(s.slug)}&amp;body={esc(shared)}"><img src="/template/mobifone/images/icon_email.gif" alt="" /> Gửi email</a>
 <a href="https://www.facebook.com/sharer/sharer.php?u={esc(shared)}" target="_blank"><img src="/template/mobifone/images/icon_fb.png" alt="Facebook" /></a>
 <a href="https://zalo.me/share?u={esc(shared)}" target="_blank"><img src="/template/mobifone/images/icon_zalo.png" alt="Zalo" /></a>
 <a href="javascript:history.back();">« Quay lại</a>
</div>
{others}
</div>"""
    return page(request, s.title, main, canonical=story_path(s), desc=_meta_desc(s))


def print_view(request: Request, s: Story) -> Response:
    sapo = f"<p><strong>{_t(s, s.summary)}</strong></p>" if s.summary and s.sapo_outside else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(s.title)}</title>
<link rel="canonical" href="{base_url(request)}{story_path(s)}" />
<style>body{{font-family:'Times New Roman';font-size:14pt;width:700px;margin:auto}}</style></head>
<body onload="window.print()">
<div class="in_tde"><img src="/template/mobifone/images/logo_in.png" alt="" /> {SCHOOL.upper()}</div>
<h2>{_t(s, s.title)}</h2>
<div class="in_ngay">{s.opts["posted"]}</div>
{sapo}
{render_body(s)}
<p class="in_url">URL: http://{PROD_HOST}{story_path(s)}</p>
</body></html>"""
    return html(doc)


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td>{d["so"]}</td><td>{d["ngay"]}</td><td><a href="{doc_path(did)}">{esc(d["trich_yeu"])}</a></td>'
        f'<td><a href="{d["file"]}"><img src="/template/mobifone/images/icon_pdf.gif" alt="Tải về" /></a></td></tr>'
        for n, (did, d) in enumerate(sorted(DOCS.items(), reverse=True), 1)
    )
    main = f"""{_crumb(("Chuyên môn", None), ("Văn bản", "/van-ban.html"))}
<div class="khung_vb"><h2 class="tde_cm">Văn bản</h2>
<table class="tbl_vb" border="1" cellspacing="0" cellpadding="4" width="100%">
<tr class="vb_dau"><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
{rows}</table></div>"""
    return page(request, "Văn bản", main, canonical="/van-ban.html", desc="Văn bản")


def doc_entry(request: Request, did: int) -> Response | None:
    d = DOCS.get(did)
    if d is None:
        return None
    main = f"""{_crumb(("Chuyên môn", None), ("Văn bản", "/van-ban.html"))}
<div id="ndct_2" class="kh_chitiet kh_vanban">
<h1 class="tieude_ct">{esc(d["trich_yeu"])}</h1>
<div class="tgian_dang">Đăng lúc: <span class="tg">08:00:00 SA - {d["ngay"]}</span> | Lượt xem: {120 + did}</div>
<table class="ct_vb" border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td width="30%">Số/Ký hiệu:</td><td>{d["so"]}</td></tr>
<tr><td>Ngày ban hành:</td><td>{d["ngay"]}</td></tr>
<tr><td>Loại văn bản:</td><td>{d["loai"]}</td></tr>
<tr><td>Cơ quan ban hành:</td><td>{SCHOOL}</td></tr>
<tr><td>Người ký:</td><td>{d["ky"]}</td></tr>
<tr><td>Trích yếu:</td><td><p>{esc(d["trich_yeu"])}. Văn bản được ban hành theo quy định, đề nghị cán bộ, giáo viên, nhân viên và cha mẹ học sinh nghiên cứu, thực hiện.</p></td></tr>
<tr><td>File đính kèm:</td><td><a href="{d["file"]}"><img src="/template/mobifone/images/icon_pdf.gif" alt="" /> Tải về</a></td></tr>
</table>
</div>"""
    return page(request, d["trich_yeu"], main, canonical=doc_path(did), desc=d["trich_yeu"])


def album_list(request: Request) -> Response:
    main = f"""{_crumb(("Thư viện", None), ("Thư viện ảnh", "/thu-vien-anh.html"))}
<div class="khung_album"><h2 class="tde_cm">Thư viện ảnh</h2>
<div class="album_o"><a href="{ALBUM_PATH}"><img src="/uploads/album/2026_10/hkpd_bia.jpg" alt="" width="200" /></a><br />
<a href="{ALBUM_PATH}">{esc(ALBUM[2])}</a> (12 ảnh)</div></div>"""
    return page(request, "Thư viện ảnh", main, canonical="/thu-vien-anh.html", desc="Thư viện ảnh")


def album(request: Request) -> Response:
    pics = "".join(
        f'<a href="/uploads/album/2026_10/hkpd_{n:02d}.jpg" class="anh_album" rel="lightbox[a35]">'
        f'<img src="/uploads/album/2026_10/thumb/hkpd_{n:02d}.jpg" alt="{esc(ALBUM[2])} {n}" width="150" /></a>'
        for n in range(1, 13)
    )
    main = f"""{_crumb(("Thư viện", None), ("Thư viện ảnh", "/thu-vien-anh.html"))}
<div id="ndct_2" class="kh_chitiet kh_album">
<h1 class="tieude_ct">{esc(ALBUM[2])}</h1>
<div class="tgian_dang">Đăng lúc: <span class="tg">05:10:00 CH - 09/10/2026</span> | Lượt xem: 388</div>
<div class="album_luoi">{pics}</div>
</div>"""
    return page(request, ALBUM[2], main, canonical=ALBUM_PATH, desc=ALBUM[2])


def video_list(request: Request) -> Response:
    main = f"""{_crumb(("Thư viện", None), ("Video clip", "/video.html"))}
<div class="khung_video"><h2 class="tde_cm">Video clip</h2>
<div class="video_o"><a href="{VIDEO_PATH}"><img src="/uploads/video/2026_11/vn2011_thumb.jpg" alt="" width="200" /></a><br />
<a href="{VIDEO_PATH}">{esc(VIDEO[2])}</a></div></div>"""
    return page(request, "Video clip", main, canonical="/video.html", desc="Video clip")


def video(request: Request) -> Response:
    main = f"""{_crumb(("Thư viện", None), ("Video clip", "/video.html"))}
<div id="ndct_2" class="kh_chitiet kh_video">
<h1 class="tieude_ct">{esc(VIDEO[2])}</h1>
<div class="tgian_dang">Đăng lúc: <span class="tg">09:15:00 SA - 21/11/2026</span> | Lượt xem: 214</div>
<div class="video_khung"><iframe width="640" height="360" src="https://www.youtube.com/embed/Xq3b7pT2sVw" frameborder="0" allowfullscreen></iframe></div>
<p>Tiết mục múa “Bụi phấn” do tập thể lớp 8A2 biểu diễn tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>
</div>"""
    return page(request, VIDEO[2], main, canonical=VIDEO_PATH, desc=VIDEO[2])


def intro(request: Request) -> Response:
    main = f"""{_crumb(("Giới thiệu", INTRO_PATH))}
<div id="ndct_2" class="kh_chitiet kh_trang">
<h1 class="tieude_ct">Giới thiệu chung</h1>
<div class="noidung_ct">
<p style="text-align: justify;">{SCHOOL} được thành lập năm 1994 trên cơ sở tách ra từ Trường PTCS Diên Khánh. Trải qua hơn 30 năm xây dựng và phát triển, nhà trường đã trở thành địa chỉ tin cậy của cha mẹ học sinh trên địa bàn.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, nhà trường có 28 lớp với 1.096 học sinh; 64 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Trường đạt Chuẩn quốc gia mức độ 1 và Kiểm định chất lượng giáo dục cấp độ 3.</p>
<p><strong>Ban giám hiệu:</strong></p>
<ul><li>Hiệu trưởng: cô Lê Thị Thanh Hương</li><li>Phó Hiệu trưởng: thầy Nguyễn Văn Bình</li><li>Phó Hiệu trưởng: cô Đỗ Thị Lan Anh</li></ul>
</div></div>"""
    return page(request, "Giới thiệu chung", main, canonical=INTRO_PATH, desc="Giới thiệu chung")


def contact(request: Request) -> Response:
    note = '<p class="tb_ok">Cảm ơn quý vị đã gửi liên hệ. Nhà trường sẽ phản hồi sớm.</p>' if request.method == "POST" else ""
    main = f"""{_crumb(("Liên hệ", CONTACT_PATH))}
<div class="kh_lienhe"><h1 class="tieude_ct">Liên hệ</h1>
<p><strong>{SCHOOL.upper()}</strong><br />Địa chỉ: 45 Lý Tự Trọng, xã Diên Khánh, tỉnh Khánh Hòa<br />Điện thoại: 0258 3850 412<br />Email: c2tranquoctoan.dk@khanhhoa.edu.vn</p>
{note}
<form method="post" action="{CONTACT_PATH}">
<table><tr><td>Họ tên (*):</td><td><input type="text" name="hoten" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="noidung" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr></table>
</form></div>"""
    return page(request, "Liên hệ", main, canonical=CONTACT_PATH, desc="Liên hệ")


def sll(request: Request, failed: bool = False) -> Response:
    err = '<p style="color:red">Mã học sinh hoặc mật khẩu không đúng!</p>' if failed else ""
    main = f"""{_crumb(("Sổ liên lạc điện tử", SLL_PATH))}
<div class="kh_sll"><h1 class="tieude_ct">Sổ liên lạc điện tử</h1>
{err}
<p>Cha mẹ học sinh đăng nhập bằng mã học sinh và mật khẩu được nhà trường cung cấp qua tin nhắn SMS từ đầu số MobiFone để tra cứu điểm, nhận xét, lịch học và thông báo của giáo viên chủ nhiệm.</p>
<form method="post" action="/so-lien-lac/dang-nhap.html">
<p>Mã học sinh: <input type="text" name="ma_hs" /> Mật khẩu: <input type="password" name="mat_khau" /> <input type="submit" value="Đăng nhập" /></p>
</form>
<p>Quên mật khẩu: soạn tin <b>MK &lt;mã học sinh&gt;</b> gửi 9xxx. Hỗ trợ: 18001090 (miễn phí).</p>
</div>"""
    return page(request, "Sổ liên lạc điện tử", main, canonical=SLL_PATH, desc="Sổ liên lạc điện tử")


def search(request: Request) -> Response:
    q = request.params.get("tukhoa", "").strip()
    if q:
        hits = [s for s in sorted(STORIES, key=lambda s: s.id, reverse=True) if q.lower() in s.title.lower()]
        listing = "".join(_list_item(s) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    else:
        listing = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    main = f"""{_crumb(("Tìm kiếm", None))}
<div class="khung_ds"><h2 class="tde_cm">Kết quả tìm kiếm: {esc(q)}</h2><div class="ds_tin">{listing}</div></div>"""
    return page(request, "Tìm kiếm", main, desc="Tìm kiếm")


def poll(request: Request) -> Response:
    main = """<div class="kq_bc"><h2 class="tde_cm">Kết quả bình chọn</h2>
<p>Bạn biết đến website của trường qua đâu?</p>
<table><tr><td>Giáo viên chủ nhiệm giới thiệu</td><td>46%</td></tr><tr><td>Nhóm Zalo của lớp</td><td>38%</td></tr>
<tr><td>Tìm kiếm trên Google</td><td>11%</td></tr><tr><td>Khác</td><td>5%</td></tr></table></div>"""
    return page(request, "Kết quả bình chọn", main, desc="Bình chọn")


_ART = re.compile(r"^/tin-tuc/(\d+)/[^/]+\.html$")
_CAT = re.compile(r"^/chuyen-muc/(\d+)/[^/]+\.html$")
_DOC = re.compile(r"^/van-ban/(\d+)/[^/]+\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/template/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/index.php"):
            return home(request) if path == "/" else redirect("/", 301)
        if m := _ART.match(path):
            return article(request, int(m.group(1)))
        if m := _CAT.match(path):
            return category(request, int(m.group(1)))
        if m := _DOC.match(path):
            return doc_entry(request, int(m.group(1)))
        if path == "/van-ban.html":
            return doc_list(request)
        if path == "/thu-vien-anh.html":
            return album_list(request)
        if path == ALBUM_PATH:
            return album(request)
        if path == "/video.html":
            return video_list(request)
        if path == VIDEO_PATH:
            return video(request)
        if path == INTRO_PATH:
            return intro(request)
        if path == CONTACT_PATH:
            return contact(request)
        if path == SLL_PATH:
            return sll(request)
        if path == "/so-lien-lac/dang-nhap.html":
            return sll(request, failed=True) if request.method == "POST" else redirect(SLL_PATH)
        if path == "/tim-kiem.html":
            return search(request)
        if path == "/binh-chon.html":
            return poll(request)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    alts = [story_path(s) + "?print=1"]
    if s.opts.get("old_slug"):
        alts.insert(0, story_path(s, s.opts["old_slug"]))
    if s.opts.get("ticker"):
        alts.insert(0, story_path(s) + "?ref=ticker")
    return gold_record(s, story_path(s), s.cat, canonical_path=story_path(s), alt_paths=alts)


GOLD = [_gold(s) for s in sorted(STORIES, key=lambda s: s.id)]

NON_ARTICLES = [
    INTRO_PATH,
    CONTACT_PATH,
    doc_path(212),
    doc_path(221),
    ALBUM_PATH,
    VIDEO_PATH,
    SLL_PATH,
]
