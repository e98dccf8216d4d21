"""Fixture portal: Trường Chính trị tỉnh Sơn La on a 2009 vendor site in Adobe ColdFusion (Fusebox).

Imitates the portal a local software company built for a provincial political school around 2009
and that still runs unchanged: ColdFusion 8 behind IIS, one ``index.cfm`` routing every page by a
Fusebox ``fuseaction=<circuit>.<action>`` parameter, XHTML 1.0 Transitional with a table/div
hybrid layout, FCKeditor 2 content, ``<base href>`` pointing at the site root and relative links.

What it serves:

- the home page ``/`` (also ``/index.cfm`` and ``fuseaction=trangchu.hienthi``): a banner image
  where the Flash banner used to be (the ``<object>`` left in a comment), the header clock
  (``TODAY``), a top menu, a "Thông báo" marquee, "TIN MỚI NHẤT" (the newest article with its
  lead and four more) and a box per category, all linking the URL-rewritten form
  ``/tin-tuc/<matin>/<slug>.cfm`` (an IIS rewrite rule: any slug serves the article);
- listings ``index.cfm?fuseaction=tintuc.danhsach&machuyenmuc=N&trang=K``: three articles a
  page, thumbnail, title, "(dd/mm/yyyy)" and an excerpt, a pager "Trang: [1] 2 3 Tiếp » Cuối »»";
  items link ``fuseaction=tintuc.chitiet&matin=N&machuyenmuc=C``; a page past the last answers
  200 with "Chưa có tin trong chuyên mục này";
- articles ``index.cfm?fuseaction=tintuc.chitiet&matin=N``: breadcrumb "Trang chủ » <chuyên
  mục>", the title in ``div.tin-tieude`` (no ``<h1>``; the HTML ``<title>`` names only the site
  and the category), the date line ``div.tin-ngay`` "Cập nhật lúc 08:30 ngày 14/11/2026 - Số lần
  đọc: N" (time before the day), "Người đăng: bientap", the sapo in bold (``div.tin-tomtat``),
  the FCKeditor body (``<p style="text-align: justify"><span style="font-family: Times New
  Roman"><span style="font-size: 14pt">…``, ``&nbsp;`` spacer paragraphs and indents, images in
  centred tables with a caption row, images alone in a centred ``<p>``, a results table),
  bylines as the last right-aligned lines of the body, on some posts a "Tác giả:" field under it,
  the tools "Bản in | Gửi email | Về đầu trang" and "Các tin khác" (the category's five posts
  older than this one, titles with "(dd/mm/yyyy)"; empty on the oldest);
- around every page: a left column (category menu, search box, login box), a right column ("Tin
  mới cập nhật" with dates, "Tin xem nhiều" with read counts, "Lịch công tác", "Thư viện ảnh",
  "Thống kê truy cập": Đang online / Hôm nay / Tổng lượt, a "Liên kết website" select) and a
  footer with the school's address, phone, fax, e-mail and "Giấy phép số …";
- non-articles: ``gioithieu.chitiet&id=1..3``, ``lienhe.form``, ``vanban.danhsach`` with
  ``vanban.chitiet&id=N`` entries and their PDFs, ``thuvienanh.danhsach`` and
  ``thuvienanh.album&id=N``, ``lichcongtac.tuan[&ngay=YYYY-MM-DD]``, the print view
  ``tintuc.inbai&matin=N`` (sent without a charset in the HTTP header, ``<meta>`` says utf-8)
  and the mail form ``tintuc.guiemail&matin=N``; ``timkiem.ketqua&tukhoa=`` (search, a GET
  form) and ``nguoidung.dangnhap`` (login) answer too.

Traps and hard cases the platform really has:

- CFID/CFTOKEN: the vendor appended ``#session.URLToken#`` (``&CFID=…&CFTOKEN=…``) to the left
  menu's links and the pager's links, whether or not the browser keeps cookies. A request with
  the tokens in its query keeps that session; else a ``CFID`` cookie; else a new session is made
  (opaque numbers derived from the page asked for: each cookie-less visit of another page mints
  another session) and set as cookies (``Set-Cookie: CFID=…; expires=…``). Every listing page is
  then reachable under as many token variants as sessions were made; pages 2 and 3 of a listing
  are linked only with tokens. The J2EE session is on as well: links to the photo library and the
  documents carry ``;jsessionid=…`` in the path when the request sent no ``JSESSIONID`` cookie.
- One article under several URLs: ``fuseaction=tintuc.chitiet&matin=N`` ("Tin mới cập nhật",
  "Tin xem nhiều", "Các tin khác": the gold ``path``), ``…&matin=N&machuyenmuc=C`` (listings) and
  ``/tin-tuc/N/<slug>.cfm`` (home page): the two last are ``alt_paths``. No page prints
  ``rel=canonical``. The print view repeats the article (a non-article).
- The rewritten form sits two folders deep, so its relative links (``index.cfm?…``,
  ``userfiles/…``) resolve against ``<base href>`` only; resolved against the page they would
  give ``/tin-tuc/N/index.cfm?…`` (404).
- "Lịch công tác": the week view answers any date and prints "« Tuần trước" / "Tuần sau »"
  links forever (an invalid date falls back to this week).
- A soft 404: "Tin xem nhiều" is a cached query that still lists a deleted article
  (``matin=1102``); its page answers 200 with "Tin bạn yêu cầu không tồn tại hoặc đã bị xóa".
  A non-numeric ``matin`` or an unknown fuseaction answers ColdFusion's 500 error page.
- Text: FCKeditor's entity option on some posts (Latin-1 letters and “ ” – … as named
  entities, the other Vietnamese letters raw, so words mix both); one post typed in decomposed
  Unicode (NFD, "Unicode tổ hợp"); one headline typed in capitals.

Gold (by hand, what a careful reader takes from each article page):

- path is ``/index.cfm?fuseaction=tintuc.chitiet&matin=N`` and canonical_path the same; the
  listing form and the rewritten form are alt_paths. CFID/CFTOKEN/jsessionid variants cannot be
  listed (they are minted per visit) and are the same article.
- published_at: "Cập nhật lúc HH:MM ngày DD/MM/YYYY" is the only date the page prints and is the
  date the post went up (the vendor's label), so it is the publication time, with +07:00; the
  one post stamped "Cập nhật lúc 00:00" (matin 1248) gets the day alone.
- title as printed in ``div.tin-tieude`` (the capitals of matin 1287 kept).
- summary: the bold ``div.tin-tomtat`` lead where there is one, also the body's first paragraph.
- body: the text paragraphs in order; bold subheadings ("1. …") and lead-ins ("Một số hình ảnh
  tại giải đấu:") are body; ``&nbsp;`` spacers are nothing; a results table gives one paragraph
  a row, cells joined by " | ". Captions, bylines, "Nguồn:" and "Tác giả:" lines are not body.
- authors: "Tin, ảnh: X" gives X as author and photographer; "Tin: X; Ảnh: Y" and "Bài: X -
  Ảnh: Y" split them; "ThS. Nguyễn Văn Hùng – Khoa Nhà nước và Pháp luật" gives "Nguyễn Văn
  Hùng" (degree and unit dropped), "TS. Trần Đức Mạnh, ThS. Vì Thị Hoa – Khoa Xây dựng Đảng"
  gives both names; "PGS.TS. Đỗ Minh Tuấn" gives "Đỗ Minh Tuấn"; the signing unit "Phòng Quản lý
  đào tạo và Nghiên cứu khoa học" (a bare right-aligned bold line) and the field "Tác giả: Công
  đoàn Trường" are authors, nothing else signing those texts; "Người đăng: bientap" credits
  nobody; posts with no signature have no author.
- source: the "Nguồn: …" line's publication (Báo Sơn La, Tạp chí Tuyên giáo); the bare name
  above it stays the author.
- images: every ``<img>`` of the body, in order; caption = the caption row's text without the
  wrapping parentheses or a leading "Ảnh:" label; a row that only prints the camera's file name
  ("DSC_0457.JPG") and images without a row have no caption.
- category: the category the breadcrumb names.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html

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
    static_file,
    text,
)

NAME = "coldfusion_tct"
PLATFORM = "coldfusion"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Sơn La"
ADDRESS = "Số 126, đường Lò Văn Giá, phường Chiềng Lề, thành phố Sơn La, tỉnh Sơn La"
PHONE = "0212 3852 416"
FAX = "0212 3852 418"
EMAIL = "truongchinhtri@sonla.gov.vn"
LICENSE = "Giấy phép số 45/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Sơn La cấp ngày 12/5/2010"
PER_PAGE = 3
OTHERS = 5
TODAY_DATE = date(2026, 11, 25)
DELETED = 1102

#: machuyenmuc -> printed category name
CATS: dict[int, str] = {
    5: "Tin tức - Sự kiện",
    3: "Đào tạo - Bồi dưỡng",
    8: "Nghiên cứu - Trao đổi",
}
_IMG = "/userfiles/image/2026"

# Story.opts: at (the "Cập nhật lúc" stamp, local), cat (machuyenmuc), field (the "Tác giả:"
# field under the body), fck (FCKeditor named entities), nfd (decomposed text), indent (paragraphs
# start with &nbsp;&nbsp;&nbsp;).
# Img styles: tbl (centred table, caption row), file (caption row printing a file name),
# p (image alone in a centred paragraph). P styles: "", b (bold subheading), th/tr (table rows).
STORIES: list[Story] = [
    Story(
        id=1291,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="5",
        published_at="2026-11-24T15:20:00+07:00",
        blocks=[
            P(
                "Chiều ngày 23/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV"
                " năm 2026 với chủ đề “Nâng cao tính chiến đấu, tinh thần tự phê bình và phê bình của"
                " đảng viên trong sinh hoạt chi bộ”."
            ),
            P(
                "Dự buổi sinh hoạt có đồng chí Hà Văn Tiến, Phó Bí thư Đảng ủy, Phó Hiệu trưởng Nhà"
                " trường cùng toàn thể đảng viên trong chi bộ."
            ),
            Img(
                f"{_IMG}/11/sinh-hoat-chuyen-de-khoa-xdd.jpg",
                "(Đồng chí Hà Văn Tiến, Phó Bí thư Đảng ủy phát biểu tại buổi sinh hoạt chuyên đề)",
                "Đồng chí Hà Văn Tiến, Phó Bí thư Đảng ủy phát biểu tại buổi sinh hoạt chuyên đề",
                "tbl",
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã trình bày báo cáo chuyên đề, làm rõ những"
                " kết quả đạt được và những hạn chế trong việc thực hiện tự phê bình và phê bình thời"
                " gian qua; đồng thời đề xuất một số giải pháp nhằm nâng cao chất lượng sinh hoạt chi bộ"
                " gắn với nhiệm vụ giảng dạy, nghiên cứu khoa học của khoa."
            ),
            P(
                "Các đảng viên đã thảo luận sôi nổi, thẳng thắn đóng góp nhiều ý kiến tâm huyết, tập"
                " trung vào việc đổi mới nội dung, hình thức sinh hoạt, tránh tình trạng sinh hoạt hình"
                " thức, đơn điệu."
            ),
            P(
                "Phát biểu kết luận, đồng chí Hà Văn Tiến ghi nhận những kết quả Chi bộ đã đạt được và"
                " đề nghị Chi bộ tiếp tục duy trì nền nếp sinh hoạt định kỳ, thường xuyên lựa chọn những"
                " chuyên đề thiết thực, gắn với thực tiễn công tác của đơn vị./."
            ),
            Raw('<p style="text-align: right"><strong>Tin, ảnh: Lò Thị Hương</strong></p>'),
        ],
        authors=["Lò Thị Hương"],
        photographers=["Lò Thị Hương"],
        opts={"at": datetime(2026, 11, 24, 15, 20)},
    ),
    Story(
        id=1289,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="3",
        published_at="2026-11-23T16:10:00+07:00",
        blocks=[
            P(
                "Ngày 23/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế"
                " giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Lớp học có 86 học viên là cán bộ, công chức cấp xã và người đứng đầu các đoàn thể ở các"
                " xã, phường trên địa bàn tỉnh. Trong thời gian 10 ngày, học viên được nghiên cứu các"
                " chuyên đề về quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, thế trận an ninh"
                " nhân dân; công tác quốc phòng, quân sự địa phương; phòng, chống chiến lược “diễn biến"
                " hòa bình”, bạo loạn lật đổ của các thế lực thù địch."
            ),
            # FCKeditor's file browser wrote this one relative: it resolves through <base href>
            Img(
                "userfiles/image/2026/11/be-giang-qpan-doi-tuong-4.jpg",
                "(Đồng chí Phó Hiệu trưởng Nhà trường trao giấy chứng nhận cho các học viên)",
                "Đồng chí Phó Hiệu trưởng Nhà trường trao giấy chứng nhận cho các học viên",
                "tbl",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đủ điều kiện được cấp giấy chứng nhận, trong đó có 24"
                " học viên đạt loại giỏi, 55 học viên đạt loại khá, 7 học viên đạt loại trung bình."
            ),
            P(
                "Dịp này, Nhà trường tặng giấy khen cho 5 học viên có thành tích xuất sắc trong học tập"
                " và rèn luyện."
            ),
            Raw('<p style="text-align: right"><strong>Tin: Hà Thị Ngọc Anh</strong></p>'),
        ],
        authors=["Hà Thị Ngọc Anh"],
        opts={"at": datetime(2026, 11, 23, 16, 10)},
    ),
    Story(
        id=1287,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="LỄ KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 - 20/11/2026)",
        cat="5",
        published_at="2026-11-20T10:15:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Trường Chính trị tỉnh Sơn La long trọng tổ chức Lễ kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết Hội thi giảng viên dạy"
            " giỏi cấp trường năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Bí thư Thường trực Tỉnh ủy; đại diện lãnh đạo Ban Tổ chức"
                " Tỉnh ủy, Sở Giáo dục và Đào tạo, Sở Nội vụ cùng các thế hệ nhà giáo của Nhà trường qua"
                " các thời kỳ."
            ),
            Raw("<p>&nbsp;</p>"),
            Img(
                f"{_IMG}/11/le-ky-niem-20-11-dai-bieu.jpg",
                "Các đại biểu dự Lễ kỷ niệm",
                "Các đại biểu dự Lễ kỷ niệm",
                "tbl",
            ),
            P(
                "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng Nhà trường khẳng định:"
                " trải qua hơn 65 năm xây dựng và phát triển, đội ngũ cán bộ, giảng viên của Trường luôn"
                " đoàn kết, khắc phục khó khăn, hoàn thành tốt nhiệm vụ đào tạo, bồi dưỡng cán bộ cho hệ"
                " thống chính trị của tỉnh. Năm học 2025 - 2026, Nhà trường đã mở 42 lớp với hơn 3.600"
                " học viên, vượt 8% kế hoạch được giao."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận, đánh giá cao"
                " những kết quả Nhà trường đạt được, đề nghị đội ngũ giảng viên tiếp tục đổi mới nội"
                " dung, phương pháp giảng dạy, gắn lý luận với thực tiễn của địa phương, xứng đáng là"
                " trung tâm đào tạo, bồi dưỡng cán bộ của tỉnh."
            ),
            Img(
                f"{_IMG}/11/le-ky-niem-20-11-tang-hoa.jpg",
                "(Đồng chí Phó Bí thư Thường trực Tỉnh ủy tặng hoa chúc mừng Nhà trường)",
                "Đồng chí Phó Bí thư Thường trực Tỉnh ủy tặng hoa chúc mừng Nhà trường",
                "tbl",
            ),
            P(
                "Tại buổi lễ, Ban Tổ chức đã trao giải cho các giảng viên đạt thành tích cao tại Hội thi"
                " giảng viên dạy giỏi cấp trường năm 2026: 02 giải Nhất, 03 giải Nhì, 04 giải Ba và 06"
                " giải Khuyến khích."
            ),
            Raw("<p>&nbsp;</p>"),
            Raw(
                '<p style="text-align: right"><strong><span style="font-size: 14pt">'
                "Tin: Quàng Văn Phúc; Ảnh: Thanh Tâm</span></strong></p>"
            ),
        ],
        authors=["Quàng Văn Phúc"],
        photographers=["Thanh Tâm"],
        opts={"at": datetime(2026, 11, 20, 10, 15)},
    ),
    Story(
        id=1283,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
        title=(
            "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở Trường Chính"
            " trị tỉnh"
        ),
        cat="8",
        published_at="2026-11-17T09:10:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người học"
            " là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị cho"
            " đội ngũ cán bộ ở cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Sự cần thiết phải đổi mới phương pháp giảng dạy lý luận chính trị", "b"),
            P(
                "Học viên của Trường Chính trị tỉnh chủ yếu là cán bộ, công chức đang công tác ở các cơ"
                " quan, đơn vị, đã có kinh nghiệm thực tiễn nhất định. Phương pháp thuyết trình một"
                " chiều, nặng về truyền thụ kiến thức không còn phù hợp, dễ gây nhàm chán, hạn chế khả"
                " năng vận dụng lý luận vào giải quyết các vấn đề thực tiễn đặt ra ở địa phương."
            ),
            P(
                "Nghị quyết số 32-NQ/TW của Bộ Chính trị về tiếp tục đổi mới, nâng cao chất lượng đào"
                " tạo, bồi dưỡng lý luận chính trị cho cán bộ lãnh đạo, quản lý đã yêu cầu đổi mới mạnh"
                " mẽ phương pháp giảng dạy, tăng cường tính chủ động, sáng tạo của người học."
            ),
            P("2. Một số phương pháp dạy học tích cực đã được vận dụng", "b"),
            P(
                "Thời gian qua, giảng viên của Trường đã vận dụng linh hoạt các phương pháp như: nêu vấn"
                " đề, thảo luận nhóm, xử lý tình huống, đóng vai, sử dụng sơ đồ tư duy… Qua đó, học viên"
                " được trao đổi, tranh luận, liên hệ với thực tiễn công tác của bản thân, giúp bài giảng"
                " trở nên sinh động, hấp dẫn hơn."
            ),
            P(
                "Tuy nhiên, việc vận dụng các phương pháp dạy học tích cực ở một số bài giảng còn mang"
                " tính hình thức; thời gian dành cho thảo luận chưa hợp lý; một bộ phận học viên còn thụ"
                " động, ngại phát biểu."
            ),
            P("3. Một số giải pháp", "b"),
            P(
                "Một là, mỗi giảng viên cần nhận thức đầy đủ vai trò của đổi mới phương pháp giảng dạy,"
                " thường xuyên tự học, tự bồi dưỡng nâng cao năng lực chuyên môn, nghiệp vụ sư phạm."
            ),
            P(
                "Hai là, thiết kế bài giảng theo hướng tăng cường các tình huống thực tiễn của địa"
                " phương, phù hợp với từng đối tượng học viên."
            ),
            P(
                "Ba là, tăng cường ứng dụng công nghệ thông tin trong giảng dạy; đầu tư cơ sở vật chất,"
                " trang thiết bị phục vụ dạy và học."
            ),
            P(
                "Bốn là, đổi mới công tác kiểm tra, đánh giá kết quả học tập theo hướng đánh giá năng"
                " lực vận dụng kiến thức của học viên./."
            ),
            Raw(
                '<p style="text-align: right"><strong><span style="font-family: Times New Roman">'
                '<span style="font-size: 14pt">ThS. Lê Thị Thu Hà – Khoa Lý luận cơ sở</span></span>'
                "</strong></p>"
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"at": datetime(2026, 11, 17, 9, 10), "indent": True},
    ),
    Story(
        id=1279,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-92",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 92",
        cat="3",
        published_at="2026-11-14T08:30:00+07:00",
        summary=(
            "Sáng ngày 13/11/2026, Trường Chính trị tỉnh tổ chức Lễ khai giảng lớp Trung cấp lý luận"
            " chính trị hệ không tập trung khóa 92 cho 78 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên của lớp là cán bộ, công chức đang công tác tại các cơ quan Đảng, chính quyền,"
                " Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội của các xã, phường trên địa bàn"
                " tỉnh. Trong thời gian 8 tháng, học viên sẽ được học tập 4 phần học với 19 học phần theo"
                " chương trình của Học viện Chính trị quốc gia Hồ Chí Minh."
            ),
            Img(
                f"{_IMG}/11/khai-giang-tcllct-k92.jpg",
                "Quang cảnh Lễ khai giảng",
                "Quang cảnh Lễ khai giảng",
                "tbl",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường đề nghị các học viên xác định"
                " rõ mục đích, động cơ học tập đúng đắn; chấp hành nghiêm quy chế, nội quy của Nhà"
                " trường; tích cực nghiên cứu, trao đổi, vận dụng kiến thức được học vào thực tiễn công"
                " tác tại cơ sở."
            ),
            P(
                "Đại diện học viên, đồng chí Lường Văn Khánh, Lớp trưởng đã hứa quyết tâm cùng tập thể"
                " lớp phấn đấu hoàn thành tốt nhiệm vụ học tập, rèn luyện trong suốt khóa học."
            ),
            Raw(
                '<p style="text-align: right"><strong>'
                "Phòng Quản lý đào tạo và Nghiên cứu khoa học</strong></p>"
            ),
        ],
        authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
        opts={"at": datetime(2026, 11, 14, 8, 30)},
    ),
    Story(
        id=1276,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="5",
        published_at="2026-11-12T14:45:00+07:00",
        summary=(
            "Từ ngày 09 đến ngày 11/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi"
            " cấp trường năm 2026 với sự tham gia của 15 giảng viên thuộc 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng viên; tạo"
                " môi trường để giảng viên học hỏi, trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy;"
                " đồng thời lựa chọn giảng viên tiêu biểu tham dự Hội thi giảng viên dạy giỏi các trường"
                " chính trị toàn quốc."
            ),
            Img(f"{_IMG}/11/DSC_0457.JPG", "DSC_0457.JPG", None, "file"),
            P(
                "Mỗi giảng viên dự thi trình bày một bài giảng trong thời gian 45 phút trước Hội đồng"
                " giám khảo và học viên các lớp trung cấp lý luận chính trị - hành chính đang học tập tại"
                " Trường. Nội dung bài giảng bám sát chương trình, gắn với thực tiễn của tỉnh Sơn La."
            ),
            Img(
                f"{_IMG}/11/hoi-thi-gvdg-2026-khoa-llcs.jpg",
                "(Giảng viên Khoa Lý luận cơ sở trình bày bài giảng dự thi)",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng dự thi",
                "tbl",
            ),
            P(
                "Kết quả Hội thi sẽ được công bố và trao giải tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam"
                " 20/11 của Nhà trường."
            ),
            Raw(
                '<p style="text-align: right"><strong><span style="font-size: 14pt">'
                "ThS. Nguyễn Văn Hùng – Khoa Nhà nước và Pháp luật</span></strong></p>"
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"at": datetime(2026, 11, 12, 14, 45)},
    ),
    Story(
        id=1268,
        slug="doan-cong-tac-truong-chinh-tri-tinh-dien-bien-trao-doi-kinh-nghiem",
        title=(
            "Đoàn công tác Trường Chính trị tỉnh Điện Biên trao đổi kinh nghiệm tại Trường Chính trị"
            " tỉnh Sơn La"
        ),
        cat="5",
        published_at="2026-11-05T14:00:00+07:00",
        blocks=[
            P(
                "Ngày 04/11/2026, Đoàn công tác Trường Chính trị tỉnh Điện Biên do đồng chí Phó Hiệu"
                " trưởng làm trưởng đoàn đã đến thăm, trao đổi kinh nghiệm về công tác đào tạo, bồi dưỡng"
                " và xây dựng trường chính trị chuẩn tại Trường Chính trị tỉnh Sơn La."
            ),
            P(
                "Tiếp và làm việc với đoàn có đồng chí Hiệu trưởng, các đồng chí trong Ban Giám hiệu cùng"
                " lãnh đạo các khoa, phòng của Nhà trường."
            ),
            Img(
                f"{_IMG}/11/doan-dien-bien-lam-viec.jpg",
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
                "tbl",
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi, chia sẻ kinh nghiệm trong việc đổi mới nội dung,"
                " chương trình, phương pháp giảng dạy; tổ chức đi nghiên cứu thực tế cho học viên; quản"
                " lý học viên; ứng dụng công nghệ thông tin trong công tác quản lý đào tạo và thực hiện"
                " các tiêu chí trường chính trị chuẩn mức 1."
            ),
            Img(
                f"{_IMG}/11/doan-dien-bien-luu-niem.jpg",
                "Hai đoàn chụp ảnh lưu niệm",
                "Hai đoàn chụp ảnh lưu niệm",
                "tbl",
            ),
            P(
                "Dịp này, đoàn công tác đã đi thăm phòng truyền thống, thư viện và khu ký túc xá học viên"
                " của Nhà trường."
            ),
            Raw(
                '<p style="text-align: right"><strong>Bài: Cầm Văn Thắng - Ảnh: Lường Thị Mai</strong></p>'
            ),
        ],
        authors=["Cầm Văn Thắng"],
        photographers=["Lường Thị Mai"],
        opts={"at": datetime(2026, 11, 5, 14, 0), "fck": True},
    ),
    Story(
        id=1265,
        slug="nang-cao-hieu-qua-hoat-dong-nghien-cuu-thuc-te-cua-hoc-vien",
        title=(
            "Nâng cao hiệu quả hoạt động nghiên cứu thực tế của học viên hệ trung cấp lý luận chính"
            " trị"
        ),
        cat="8",
        published_at="2026-10-28T15:30:00+07:00",
        blocks=[
            P(
                "Nghiên cứu thực tế là một nội dung bắt buộc trong chương trình đào tạo trung cấp lý luận"
                " chính trị, giúp học viên gắn kết kiến thức lý luận được trang bị với thực tiễn sinh"
                " động ở cơ sở, qua đó nâng cao năng lực tổng kết thực tiễn, đề xuất giải pháp giải quyết"
                " những vấn đề đặt ra ở địa phương, đơn vị."
            ),
            P(
                "Những năm qua, hoạt động nghiên cứu thực tế của học viên đã được Nhà trường quan tâm,"
                " đổi mới về nội dung và hình thức. Địa bàn nghiên cứu thực tế được lựa chọn là các di"
                " tích lịch sử cách mạng như Nhà tù Sơn La và các mô hình phát triển kinh tế - xã hội"
                " tiêu biểu như hợp tác xã nông nghiệp ứng dụng công nghệ cao ở Mộc Châu, Yên Châu."
            ),
            Img(f"{_IMG}/10/hoc-vien-nghien-cuu-thuc-te-moc-chau.jpg", None, None, "p"),
            P(
                "Bên cạnh kết quả đạt được, hoạt động nghiên cứu thực tế vẫn còn một số hạn chế: thời"
                " gian nghiên cứu ngắn; một số báo cáo thu hoạch còn chung chung, sao chép, chưa đề xuất"
                " được giải pháp có giá trị thực tiễn."
            ),
            P(
                "Để nâng cao hiệu quả hoạt động này, cần xây dựng kế hoạch nghiên cứu thực tế cụ thể, xác"
                " định rõ mục đích, yêu cầu, nội dung cho từng lớp; lựa chọn địa bàn phù hợp với nội dung"
                " học tập; tăng cường vai trò hướng dẫn của giảng viên và đổi mới cách đánh giá báo cáo"
                " thu hoạch của học viên./."
            ),
            Raw(
                '<p style="text-align: right"><strong>'
                "TS. Trần Đức Mạnh, ThS. Vì Thị Hoa – Khoa Xây dựng Đảng</strong></p>"
            ),
        ],
        authors=["Trần Đức Mạnh", "Vì Thị Hoa"],
        opts={"at": datetime(2026, 10, 28, 15, 30)},
    ),
    Story(
        id=1262,
        slug="ket-qua-thi-tot-nghiep-lop-trung-cap-llct-hc-khoa-88",
        title="Kết quả thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 88",
        cat="3",
        published_at="2026-10-26T10:20:00+07:00",
        blocks=[
            P(
                "Ngày 24/10/2026, Hội đồng thi tốt nghiệp Trường Chính trị tỉnh đã tổ chức chấm thi và"
                " công bố kết quả thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 88"
                " (hệ tập trung)."
            ),
            P(
                "Tổng số học viên dự thi: 82 học viên; số học viên đủ điều kiện tốt nghiệp: 82 học viên"
                " (đạt 100%). Kết quả xếp loại tốt nghiệp cụ thể như sau:"
            ),
            P("Xếp loại | Số học viên | Tỷ lệ (%)", "th"),
            P("Xuất sắc | 3 | 3,66", "tr"),
            P("Giỏi | 21 | 25,61", "tr"),
            P("Khá | 52 | 63,41", "tr"),
            P("Trung bình | 6 | 7,32", "tr"),
            Raw("<p>&nbsp;</p>"),
            P(
                "Lễ bế giảng và trao bằng tốt nghiệp cho học viên dự kiến tổ chức vào ngày 30/10/2026"
                " tại Hội trường A của Nhà trường."
            ),
        ],
        opts={"at": datetime(2026, 10, 26, 10, 20)},
    ),
    Story(
        id=1259,
        slug="cong-doan-truong-to-chuc-giai-bong-chuyen-hoi-nu-chao-mung-ngay-20-10",
        title="Công đoàn Trường tổ chức giải bóng chuyền hơi nữ chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="5",
        published_at="2026-10-21T17:05:00+07:00",
        blocks=[
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 -"
                " 20/10/2026), chiều ngày 20/10/2026, Công đoàn Trường Chính trị tỉnh tổ chức giải bóng"
                " chuyền hơi nữ năm 2026."
            ),
            P(
                "Tham gia giải có 4 đội bóng đến từ các công đoàn bộ phận của Nhà trường. Các trận đấu"
                " diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần đoàn kết, giao lưu, học hỏi giữa các vận"
                " động viên."
            ),
            P(
                "Kết quả, đội Công đoàn bộ phận Khoa Lý luận cơ sở giành giải Nhất; giải Nhì thuộc về đội"
                " Công đoàn bộ phận Phòng Tổ chức - Hành chính; đồng giải Ba thuộc về hai đội Khoa Xây"
                " dựng Đảng và Khoa Nhà nước và Pháp luật."
            ),
            P("Một số hình ảnh tại giải đấu:"),
            Img(f"{_IMG}/10/bong-chuyen-hoi-nu-01.jpg", None, None, "p"),
            Img(f"{_IMG}/10/bong-chuyen-hoi-nu-02.jpg", None, None, "p"),
            Img(f"{_IMG}/10/bong-chuyen-hoi-nu-03.jpg", None, None, "p"),
        ],
        authors=["Công đoàn Trường"],
        opts={"at": datetime(2026, 10, 21, 17, 5), "field": "Công đoàn Trường"},
    ),
    Story(
        id=1248,
        slug="cong-bo-quyet-dinh-cong-nhan-truong-chinh-tri-tinh-son-la-dat-chuan-muc-1",
        title="Công bố quyết định công nhận Trường Chính trị tỉnh Sơn La đạt chuẩn mức 1",
        cat="5",
        published_at="2026-10-02",
        summary=(
            "Chiều 01/10/2026, Tỉnh ủy Sơn La tổ chức Lễ công bố Quyết định của Ban Thường vụ Tỉnh ủy"
            " công nhận Trường Chính trị tỉnh đạt chuẩn mức 1 theo Quy định số 09-QĐ/TW của Ban Bí"
            " thư."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo đánh giá của Đoàn kiểm tra, Nhà trường đã đáp ứng đầy đủ các tiêu chí về tổ chức bộ"
                " máy, đội ngũ cán bộ, giảng viên, chương trình đào tạo, cơ sở vật chất và chất lượng đào"
                " tạo, bồi dưỡng theo quy định."
            ),
            Img(
                f"{_IMG}/10/cong-bo-dat-chuan-muc-1.jpg",
                "Ảnh: Đồng chí Bí thư Tỉnh ủy trao Quyết định cho lãnh đạo Nhà trường",
                "Đồng chí Bí thư Tỉnh ủy trao Quyết định cho lãnh đạo Nhà trường",
                "tbl",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Bí thư Tỉnh ủy chúc mừng Nhà trường và đề nghị tập thể"
                " cán bộ, giảng viên tiếp tục phát huy kết quả đạt được, phấn đấu xây dựng Trường đạt"
                " chuẩn ở mức cao hơn, đáp ứng yêu cầu đào tạo, bồi dưỡng cán bộ trong giai đoạn mới."
            ),
            Raw('<p style="text-align: right"><strong>Quàng Minh</strong></p>'),
            Raw('<p style="text-align: right"><em>Nguồn: Báo Sơn La</em></p>'),
        ],
        authors=["Quàng Minh"],
        source="Báo Sơn La",
        opts={"at": datetime(2026, 10, 2, 0, 0)},
    ),
    Story(
        id=1241,
        slug="gia-tri-ly-luan-va-thuc-tien-cua-tu-tuong-ho-chi-minh-ve-can-bo",
        title="Giá trị lý luận và thực tiễn của tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ",
        cat="8",
        published_at="2026-09-22T08:00:00+07:00",
        blocks=[
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là “cái gốc của mọi công việc”; “công việc thành"
                " công hoặc thất bại đều do cán bộ tốt hoặc kém”. Tư tưởng của Người về cán bộ và công"
                " tác cán bộ là di sản quý báu, có giá trị lý luận và thực tiễn sâu sắc đối với công tác"
                " xây dựng Đảng hiện nay."
            ),
            P(
                "Theo Người, người cán bộ phải có đủ cả đức và tài, trong đó đức là gốc. Người cán bộ"
                " cách mạng phải “cần, kiệm, liêm, chính, chí công vô tư”, phải gần dân, hiểu dân, học"
                " dân và có trách nhiệm với dân."
            ),
            P(
                "Về công tác cán bộ, Chủ tịch Hồ Chí Minh chỉ rõ các khâu: hiểu và đánh giá đúng cán bộ;"
                " khéo dùng cán bộ; huấn luyện cán bộ; cất nhắc cán bộ và thường xuyên kiểm tra, giúp đỡ"
                " cán bộ."
            ),
            P(
                "Quán triệt tư tưởng của Người, trong giai đoạn hiện nay cần tiếp tục đổi mới công tác cán"
                " bộ theo tinh thần các nghị quyết của Đảng, xây dựng đội ngũ cán bộ các cấp, nhất là cấp"
                " chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ."
            ),
            Raw('<p style="text-align: right"><strong>PGS.TS. Đỗ Minh Tuấn</strong></p>'),
            Raw('<p style="text-align: right"><em>Nguồn: Tạp chí Tuyên giáo</em></p>'),
        ],
        authors=["Đỗ Minh Tuấn"],
        source="Tạp chí Tuyên giáo",
        opts={"at": datetime(2026, 9, 22, 8, 0), "fck": True, "indent": True},
    ),
    Story(
        id=1237,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="5",
        published_at="2026-09-15T09:45:00+07:00",
        blocks=[
            P(
                "Ngày 14/9/2026, Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học 2026"
                " - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân và"
                " thảo luận, sửa đổi, bổ sung Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở của Nhà"
                " trường."
            ),
            Raw("<p>&nbsp;</p>"),
            P(
                "Năm học 2026 - 2027, Nhà trường phấn đấu mở 45 lớp đào tạo, bồi dưỡng; 100% giảng viên đi"
                " nghiên cứu thực tế theo quy định; mỗi giảng viên có ít nhất một bài viết đăng trên trang"
                " thông tin điện tử hoặc tạp chí chuyên ngành."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết Hội nghị viên chức, người lao động năm học"
                " 2026 - 2027 với 100% đại biểu nhất trí."
            ),
        ],
        opts={"at": datetime(2026, 9, 15, 9, 45), "nfd": True},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def cat_id(story: Story) -> int:
    return int(story.cat)


def article_path(story: Story) -> str:
    """The plain form: what the sidebar and "Các tin khác" link."""
    return f"/index.cfm?fuseaction=tintuc.chitiet&matin={story.id}"


def listing_item_path(story: Story) -> str:
    """The form the category listings link (the category added)."""
    return f"/index.cfm?fuseaction=tintuc.chitiet&matin={story.id}&machuyenmuc={story.cat}"


def rewritten_path(story: Story) -> str:
    """The IIS-rewritten form the home page links."""
    return f"/tin-tuc/{story.id}/{story.slug}.cfm"


def print_path(story: Story) -> str:
    return f"/index.cfm?fuseaction=tintuc.inbai&matin={story.id}"


def email_path(story: Story) -> str:
    return f"/index.cfm?fuseaction=tintuc.guiemail&matin={story.id}"


def listing_path(cat: int, page: int = 1) -> str:
    base = f"/index.cfm?fuseaction=tintuc.danhsach&machuyenmuc={cat}"
    return base if page == 1 else f"{base}&trang={page}"


def newest(cat: int | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or cat_id(s) == cat]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def pages(cat: int) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[cat_id(s)],
        alt_paths=[listing_item_path(s), rewritten_path(s)],
    )
    for s in newest()
]


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: str
    agency: str
    signer: str
    title: str
    file: str


DOCS: list[Doc] = [
    Doc(
        4, "215/QĐ-TCT", "02/11/2026", "Trường Chính trị tỉnh Sơn La", "Phó Hiệu trưởng",
        "Quyết định về việc mở lớp Trung cấp lý luận chính trị hệ không tập trung khóa 92",
        "/upload/vanban/2026/QD-215-TCT.pdf",
    ),
    Doc(
        3, "30/KH-TCT", "20/10/2026", "Trường Chính trị tỉnh Sơn La", "Hiệu trưởng",
        "Kế hoạch tổ chức các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "/upload/vanban/2026/KH-30-TCT.pdf",
    ),
    Doc(
        2, "112/TB-TCT", "05/10/2026", "Trường Chính trị tỉnh Sơn La", "Phó Hiệu trưởng",
        "Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 88",
        "/upload/vanban/2026/TB-112-TCT.pdf",
    ),
    Doc(
        1, "28/KH-TCT", "15/09/2026", "Trường Chính trị tỉnh Sơn La", "Hiệu trưởng",
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "/upload/vanban/2026/KH-28-TCT.pdf",
    ),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

#: album id -> (name, date, [(photo, caption)])
ALBUMS: dict[int, tuple[str, str, list[tuple[str, str]]]] = {
    3: ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "19/11/2026", [
        ("01.jpg", "Các đại biểu dự Lễ kỷ niệm"),
        ("02.jpg", "Tặng hoa chúc mừng Nhà trường"),
        ("03.jpg", "Trao giải Hội thi giảng viên dạy giỏi cấp trường"),
        ("04.jpg", "Văn nghệ chào mừng"),
    ]),
    2: ("Hội thi giảng viên dạy giỏi cấp trường năm 2026", "11/11/2026", [
        ("01.jpg", "Khai mạc Hội thi"),
        ("02.jpg", "Giảng viên trình bày bài giảng dự thi"),
        ("03.jpg", "Hội đồng giám khảo"),
    ]),
    1: ("Khai giảng lớp Trung cấp lý luận chính trị khóa 92", "13/11/2026", [
        ("01.jpg", "Quang cảnh Lễ khai giảng"),
        ("02.jpg", "Đại diện học viên phát biểu"),
    ]),
}  # fmt: skip

#: gioithieu id -> (title, paragraphs)
ABOUT: dict[int, tuple[str, tuple[str, ...]]] = {
    1: ("Lịch sử hình thành và phát triển", (
        "Trường Chính trị tỉnh Sơn La được thành lập trên cơ sở Trường Đảng tỉnh, tiền thân là"
        " Trường Đảng khu tự trị Thái - Mèo thành lập năm 1959. Trải qua hơn 65 năm xây dựng và"
        " trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho hệ thống"
        " chính trị của tỉnh.",
        "Nhà trường được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng"
        " Ba và nhiều phần thưởng cao quý khác.",
    )),
    2: ("Cơ cấu tổ chức", (
        "Ban Giám hiệu gồm Hiệu trưởng và các Phó Hiệu trưởng.",
        "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa"
        " học.",
        "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp luật;"
        " Khoa Dân vận.",
    )),
    3: ("Chức năng, nhiệm vụ", (
        "Trường Chính trị tỉnh là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào tạo, bồi"
        " dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học lý"
        " luận chính trị, tổng kết thực tiễn ở địa phương.",
    )),
}  # fmt: skip

NON_ARTICLES: list[str] = [
    "/",
    "/index.cfm",
    *(listing_path(c, n) for c in CATS for n in range(1, pages(c) + 1)),
    *(f"/index.cfm?fuseaction=gioithieu.chitiet&id={i}" for i in ABOUT),
    "/index.cfm?fuseaction=lienhe.form",
    "/index.cfm?fuseaction=vanban.danhsach",
    *(f"/index.cfm?fuseaction=vanban.chitiet&id={d.id}" for d in DOCS),
    "/index.cfm?fuseaction=thuvienanh.danhsach",
    *(f"/index.cfm?fuseaction=thuvienanh.album&id={i}" for i in ALBUMS),
    "/index.cfm?fuseaction=lichcongtac.tuan",
    "/index.cfm?fuseaction=lichcongtac.tuan&ngay=2026-11-16",
    f"/index.cfm?fuseaction=tintuc.chitiet&matin={DELETED}",
    *(print_path(s) for s in newest()),
    *(email_path(s) for s in newest()),
]


# --------------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class Session:
    cfid: str
    cftoken: str
    jsessionid: str
    cookie: bool  # the browser sent CFID as a cookie
    jcookie: bool  # the browser sent JSESSIONID as a cookie
    new: bool

    @property
    def token(self) -> str:
        """``session.URLToken`` as ColdFusion prints it (raw ``&``, as the vendor wrote it)."""
        return f"CFID={self.cfid}&CFTOKEN={self.cftoken}"


def _cookies(request: Request) -> dict[str, str]:
    raw = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
    out = {}
    for part in raw.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip().upper()] = v.strip()
    return out


def _session(request: Request) -> Session:
    params = {k.upper(): v for k, v in request.params.items()}
    jar = _cookies(request)
    digest = hashlib.sha1(("cf-session:" + request.target.split(";", 1)[0]).encode()).hexdigest()
    jsid = jar.get("JSESSIONID") or (digest[:16] + digest[-16:]).upper()
    jcookie = "JSESSIONID" in jar
    if params.get("CFID", "").isdigit() and params.get("CFTOKEN", "").isdigit():
        return Session(params["CFID"], params["CFTOKEN"], jsid, "CFID" in jar, jcookie, False)
    if jar.get("CFID", "").isdigit() and jar.get("CFTOKEN", "").isdigit():
        return Session(jar["CFID"], jar["CFTOKEN"], jsid, True, jcookie, False)
    cfid = str(100000 + int(digest[:8], 16) % 900000)
    cftoken = str(10000000 + int(digest[8:16], 16) % 90000000)
    return Session(cfid, cftoken, jsid, False, jcookie, True)


def _session_headers(sess: Session) -> dict[str, str]:
    headers = {"Server": "Microsoft-IIS/6.0", "X-Powered-By": "ASP.NET"}
    if not sess.cookie:
        # ColdFusion sets both as persistent cookies, thirty years ahead: two Set-Cookie headers
        # (the second key differs in case only, so the server sends both)
        headers["Set-Cookie"] = f"CFID={sess.cfid};expires=Sun, 15-Nov-2056 08:12:40 GMT;path=/"
        headers["set-cookie"] = (
            f"CFTOKEN={sess.cftoken};expires=Sun, 15-Nov-2056 08:12:40 GMT;path=/"
        )
    if not sess.jcookie:
        headers["SET-COOKIE"] = f"JSESSIONID={sess.jsessionid};path=/"
    return headers


def _j(sess: Session, query: str) -> str:
    """A J2EE-encoded link: ``index.cfm;jsessionid=…?…`` when the browser sent no cookie."""
    if sess.jcookie:
        return f"index.cfm?{query}"
    return f"index.cfm;jsessionid={sess.jsessionid}?{query}"


# --------------------------------------------------------------------------- text helpers

_FCK_EXTRA = {0x2013, 0x2014, 0x201C, 0x201D, 0x2026}


def fck_entities(markup: str) -> str:
    """FCKeditor's ProcessHTMLEntities: Latin-1 letters and a few marks as named entities, the
    other Vietnamese letters left raw (so "Nhà" is written "Nh&agrave;" but "Đảng" stays)."""
    out = []
    for ch in markup:
        code = ord(ch)
        if (160 <= code <= 255 or code in _FCK_EXTRA) and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


def _t(value: str, story: Story | None = None) -> str:
    nfd = bool(story and story.opts.get("nfd"))
    return text(value, nfd=nfd)


def _dmy(when: datetime) -> str:
    return f"{when:%d/%m/%Y}"


def date_line(story: Story) -> str:
    when = story.opts["at"]
    return f"Cập nhật lúc {when:%H:%M} ngày {when:%d/%m/%Y}"


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 220 else first[:220].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    return f"upload/tintuc/anhdaidien/{story.id}.jpg" if story.images else "images/no_image.gif"


_SPAN = '<span style="font-family: Times New Roman"><span style="font-size: 14pt">{}</span></span>'


def _image(img: Img) -> str:
    name = img.src.rsplit("/", 1)[1]
    tag = f'<img height="333" width="500" alt="" src="{esc(img.src)}" />'
    if img.style == "p":
        return f'<p style="text-align: center">{tag}</p>'
    rows = f"""
        <tr>
            <td>{tag}</td>
        </tr>"""
    if img.style == "file":
        rows += f"""
        <tr>
            <td style="text-align: center"><span style="font-size: 12pt">{esc(name)}</span></td>
        </tr>"""
    elif img.printed:
        rows += f"""
        <tr>
            <td style="text-align: center"><em><span style="font-size: 12pt">{text(img.printed)}</span></em></td>
        </tr>"""
    return f"""<table cellspacing="0" cellpadding="3" width="500" align="center" border="0">
    <tbody>{rows}
    </tbody>
</table>"""


def body_html(story: Story) -> str:
    indent = "&nbsp;&nbsp;&nbsp; " if story.opts.get("indent") else ""
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = []
                for cell in row.text.split(" | "):
                    inner = (
                        f"<strong>{_t(cell, story)}</strong>"
                        if row.style == "th"
                        else _t(cell, story)
                    )
                    cells.append(f'<td style="text-align: center">{inner}</td>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
                i += 1
            parts.append(
                '<table border="1" cellspacing="0" cellpadding="0" width="90%" align="center"'
                ' style="border-collapse: collapse">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        if isinstance(block, P):
            inner = _t(block.text, story)
            if block.style == "b":
                parts.append(
                    f'<p style="text-align: justify"><strong>{_SPAN.format(inner)}</strong></p>'
                )
            else:
                parts.append(f'<p style="text-align: justify">{_SPAN.format(indent + inner)}</p>')
        elif isinstance(block, Img):
            parts.append(_image(block))
        else:
            parts.append(block.html)
        i += 1
    markup = "\n".join(parts)
    return fck_entities(markup) if story.opts.get("fck") else markup


# --------------------------------------------------------------------------- page chrome


def _head(request: Request, title: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<base href="{base_url(request)}/" />
<meta name="keywords" content="truong chinh tri son la, dao tao ly luan chinh tri, boi duong can bo" />
<meta name="description" content="Trang thông tin điện tử {esc(SITE)}" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="images/favicon.ico" />
<script type="text/javascript" src="js/AC_RunActiveContent.js"></script>
<script type="text/javascript" src="js/menu.js"></script>
</head>"""


_TOPMENU = [
    ("index.cfm", "Trang chủ"),
    ("index.cfm?fuseaction=gioithieu.chitiet&amp;id=1", "Giới thiệu"),
    ("index.cfm?fuseaction=tintuc.danhsach&amp;machuyenmuc=5", "Tin tức - Sự kiện"),
    ("index.cfm?fuseaction=tintuc.danhsach&amp;machuyenmuc=3", "Đào tạo - Bồi dưỡng"),
    ("index.cfm?fuseaction=tintuc.danhsach&amp;machuyenmuc=8", "Nghiên cứu - Trao đổi"),
    ("index.cfm?fuseaction=vanban.danhsach", "Văn bản"),
    ("index.cfm?fuseaction=lichcongtac.tuan", "Lịch công tác"),
    ("index.cfm?fuseaction=lienhe.form", "Liên hệ"),
]


def _header() -> str:
    menu = '<span class="menu-ngan">|</span>'.join(
        f'<a href="{href}" class="menu-tren">{esc(label)}</a>' for href, label in _TOPMENU
    )
    return f"""<a name="top"></a>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="khung-trang">
  <tr>
    <td class="dau-trang">
      <!-- banner Flash cu, thay bang anh tu 2016
      <object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="1000" height="160">
        <param name="movie" value="flash/banner.swf" /><param name="quality" value="high" /><param name="wmode" value="transparent" />
        <embed src="flash/banner.swf" quality="high" wmode="transparent" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="1000" height="160"></embed>
      </object> -->
      <a href="index.cfm"><img src="images/banner.jpg" width="1000" height="160" border="0" alt="{esc(SITE)}" /></a>
    </td>
  </tr>
  <tr>
    <td class="thanh-menu" height="32">{menu}</td>
  </tr>
  <tr>
    <td class="thanh-ngay" height="24"><span class="ngay-hientai">{TODAY}</span>
      <marquee scrollamount="3" class="chay-chu">Chào mừng quý vị đến với Trang thông tin điện tử {esc(SITE)}</marquee></td>
  </tr>
</table>"""


def _left(sess: Session) -> str:
    cats = "".join(
        f'<tr><td class="muc-trai"><img src="images/icon_arrow.gif" width="7" height="7" />'
        f' <a href="index.cfm?fuseaction=tintuc.danhsach&machuyenmuc={cid}&{sess.token}">{esc(name)}</a></td></tr>\n'
        for cid, name in CATS.items()
    )
    return f"""<td width="200" valign="top" class="cot-trai">
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi-trai">
    <tr><td class="khoi-tieude">DANH MỤC</td></tr>
    <tr><td class="muc-trai"><img src="images/icon_arrow.gif" width="7" height="7" /> <a href="index.cfm?fuseaction=gioithieu.chitiet&id=1&{sess.token}">Giới thiệu</a></td></tr>
{cats}    <tr><td class="muc-trai"><img src="images/icon_arrow.gif" width="7" height="7" /> <a href="{_j(sess, "fuseaction=vanban.danhsach")}">Văn bản</a></td></tr>
    <tr><td class="muc-trai"><img src="images/icon_arrow.gif" width="7" height="7" /> <a href="{_j(sess, "fuseaction=thuvienanh.danhsach")}">Thư viện ảnh</a></td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi-trai">
    <tr><td class="khoi-tieude">TÌM KIẾM</td></tr>
    <tr><td class="khoi-noidung" align="center">
      <form name="frmTimKiem" action="index.cfm" method="get">
        <input type="hidden" name="fuseaction" value="timkiem.ketqua" />
        <input type="text" name="tukhoa" size="18" class="o-nhap" value="Nhập từ khóa..." onfocus="this.value=''" />
        <input type="submit" value="Tìm" class="nut" />
      </form>
    </td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi-trai">
    <tr><td class="khoi-tieude">ĐĂNG NHẬP</td></tr>
    <tr><td class="khoi-noidung">
      <form name="frmDangNhap" action="index.cfm?fuseaction=nguoidung.dangnhap" method="post">
        Tên đăng nhập:<br /><input type="text" name="tendangnhap" size="18" class="o-nhap" /><br />
        Mật khẩu:<br /><input type="password" name="matkhau" size="18" class="o-nhap" /><br />
        <input type="submit" value="Đăng nhập" class="nut" />
      </form>
    </td></tr>
  </table>
</td>"""


def _views_list() -> list[tuple[str, str, int]]:
    """ "Tin xem nhiều": a cached query (cachedwithin one day) that still holds a deleted post."""
    ranked = sorted(STORIES, key=lambda s: (-s.views(), s.id))[:4]
    rows = [
        (f"index.cfm?fuseaction=tintuc.chitiet&amp;matin={s.id}", s.title, s.views())
        for s in ranked
    ]
    rows.insert(
        2,
        (
            f"index.cfm?fuseaction=tintuc.chitiet&amp;matin={DELETED}",
            "Kết quả Hội nghị viên chức, người lao động năm học 2025 - 2026",
            1876,
        ),
    )
    return rows


def _right(sess: Session) -> str:
    latest = "".join(
        f'<li><a href="index.cfm?fuseaction=tintuc.chitiet&amp;matin={s.id}">{esc(s.title)}</a>'
        f' <span class="ngay-nho">({_dmy(s.opts["at"])})</span></li>\n'
        for s in newest()[:5]
    )
    most = "".join(
        f'<li><a href="{href}">{esc(title)}</a> <span class="luot-xem">({views} lượt)</span></li>\n'
        for href, title, views in _views_list()
    )
    links = [
        ("http://www.hcma.vn", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("http://www.hcma1.vn", "Học viện Chính trị khu vực I"),
        ("http://www.dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam"),
        ("http://www.sonla.gov.vn", "Cổng thông tin điện tử tỉnh Sơn La"),
        ("http://www.baosonla.org.vn", "Báo Sơn La"),
    ]
    options = "".join(f'<option value="{href}">{esc(label)}</option>' for href, label in links)
    return f"""<td width="220" valign="top" class="cot-phai">
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi-phai">
    <tr><td class="khoi-tieude">TIN MỚI CẬP NHẬT</td></tr>
    <tr><td class="khoi-noidung"><ul class="ds-nho">
{latest}</ul></td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi-phai">
    <tr><td class="khoi-tieude">TIN XEM NHIỀU</td></tr>
    <tr><td class="khoi-noidung"><ul class="ds-nho">
{most}</ul></td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi-phai">
    <tr><td class="khoi-tieude">LỊCH CÔNG TÁC</td></tr>
    <tr><td class="khoi-noidung" align="center"><a href="index.cfm?fuseaction=lichcongtac.tuan"><img src="images/lichcongtac.gif" width="200" height="60" border="0" alt="Lịch công tác tuần" /></a></td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi-phai">
    <tr><td class="khoi-tieude">THƯ VIỆN ẢNH</td></tr>
    <tr><td class="khoi-noidung" align="center"><a href="{_j(sess, "fuseaction=thuvienanh.album&id=3")}"><img src="upload/thuvienanh/album3/01.jpg" width="200" height="140" border="0" alt="" /></a></td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi-phai">
    <tr><td class="khoi-tieude">THỐNG KÊ TRUY CẬP</td></tr>
    <tr><td class="khoi-noidung thongke">
      <img src="images/online.gif" /> Đang online: <b>7</b><br />
      <img src="images/today.gif" /> Hôm nay: <b>512</b><br />
      <img src="images/total.gif" /> Tổng lượt: <b>1.284.337</b>
    </td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi-phai">
    <tr><td class="khoi-tieude">LIÊN KẾT WEBSITE</td></tr>
    <tr><td class="khoi-noidung" align="center">
      <select name="lienket" class="o-chon" onchange="if(this.value!='') window.open(this.value,'_blank');">
        <option value="">-- Liên kết website --</option>{options}
      </select>
    </td></tr>
  </table>
</td>"""


def _footer() -> str:
    return f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="chan-trang">
  <tr>
    <td align="center">
      <b>TRANG THÔNG TIN ĐIỆN TỬ {esc(SITE.upper())}</b><br />
      Địa chỉ: {esc(ADDRESS)}<br />
      Điện thoại: {PHONE} - Fax: {FAX} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a><br />
      {esc(LICENSE)}<br />
      Chịu trách nhiệm chính: Hiệu trưởng {esc(SITE)}<br />
      Bản quyền &copy; 2009 thuộc {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
    </td>
  </tr>
</table>
</body>
</html>"""


def _layout(request: Request, sess: Session, title: str, main: str) -> str:
    return f"""{_head(request, title)}
<body>
{_header()}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="than-trang">
  <tr>
{_left(sess)}
    <td valign="top" class="cot-giua">
{main}
    </td>
{_right(sess)}
  </tr>
</table>
{_footer()}"""


def _box(title_html: str, inner: str) -> str:
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khung">
  <tr><td class="khung-tieude"><img src="images/icon_home.gif" width="12" height="11" /> {title_html}</td></tr>
  <tr><td class="khung-noidung">
{inner}
  </td></tr>
</table>"""


def _crumb(*trail: tuple[str | None, str]) -> str:
    items = ['<a href="index.cfm">Trang chủ</a>']
    for href, label in trail:
        items.append(f'<a href="{href}">{esc(label)}</a>' if href else esc(label))
    return " &raquo; ".join(items)


# --------------------------------------------------------------------------- pages


def _article(request: Request, sess: Session, story: Story) -> str:
    cid = cat_id(story)
    cat_href = f"index.cfm?fuseaction=tintuc.danhsach&amp;machuyenmuc={cid}"
    sapo = (
        f'\n<div class="tin-tomtat"><b>{_t(story.summary, story)}</b></div>'
        if story.summary
        else ""
    )
    field = (
        f'\n<div class="tin-tacgia" align="right"><b>Tác giả: {esc(story.opts["field"])}</b></div>'
        if story.opts.get("field")
        else ""
    )
    # the vendor's query: the category's posts older than this one (WHERE matin < #url.matin#)
    others = [s for s in newest(cid) if s.id < story.id][:OTHERS]
    other_items = "".join(
        f'<li><a href="index.cfm?fuseaction=tintuc.chitiet&amp;matin={s.id}">{esc(s.title)}</a>'
        f' <span class="ngay-nho">({_dmy(s.opts["at"])})</span></li>\n'
        for s in others
    )
    main = f"""<div class="tin-chitiet">
<div class="tin-tieude">{_t(story.title, story)}</div>
<div class="tin-ngay">{date_line(story)} <span class="tin-luotxem">- Số lần đọc: {story.views()}</span></div>
<div class="tin-nguoidang">Người đăng: bientap</div>{sapo}
<div class="tin-noidung" id="noidung">
{body_html(story)}
</div>{field}
<div class="tin-congcu" align="right">
<a href="index.cfm?fuseaction=tintuc.inbai&amp;matin={story.id}" target="_blank"><img src="images/print.gif" border="0" /> Bản in</a> |
<a href="index.cfm?fuseaction=tintuc.guiemail&amp;matin={story.id}"><img src="images/email.gif" border="0" /> Gửi email</a> |
<a href="#top"><img src="images/top.gif" border="0" /> Về đầu trang</a>
</div>
<div class="tin-khac">
<div class="tin-khac-tieude">Các tin khác</div>
<ul>
{other_items}</ul>
</div>
</div>"""
    box = _box(_crumb((cat_href, CATS[cid])), main)
    return _layout(request, sess, f"{SITE} - {CATS[cid]}", box)


def _soft_missing(request: Request, sess: Session) -> str:
    main = _box(
        _crumb((None, "Tin tức")),
        '<div class="thongbao-loi" align="center"><br /><b>Tin bạn yêu cầu không tồn tại hoặc đã bị'
        ' xóa!</b><br /><br /><a href="javascript:history.back()">&laquo; Quay lại</a><br /><br /></div>',
    )
    return _layout(request, sess, f"{SITE} - Tin tức", main)


def _listing(request: Request, sess: Session, cid: int, page: int) -> str:
    name = CATS.get(cid, "Tin tức")
    items = newest(cid)[(page - 1) * PER_PAGE : page * PER_PAGE] if cid in CATS else []
    rows = "".join(
        f"""<table width="100%" border="0" cellspacing="0" cellpadding="4" class="ds-tin">
  <tr>
    <td width="130" valign="top"><a href="index.cfm?fuseaction=tintuc.chitiet&amp;matin={s.id}&amp;machuyenmuc={s.cat}"><img src="{_thumb(s)}" width="120" height="90" border="0" class="anh-daidien" /></a></td>
    <td valign="top"><a href="index.cfm?fuseaction=tintuc.chitiet&amp;matin={s.id}&amp;machuyenmuc={s.cat}" class="ds-tieude">{esc(s.title)}</a> <span class="ds-ngay">({_dmy(s.opts["at"])})</span>
      <div class="ds-tomtat">{esc(_excerpt(s))}</div></td>
  </tr>
</table>
"""
        for s in items
    )
    if not rows:
        rows = '<div class="thongbao-loi" align="center"><br />Chưa có tin trong chuyên mục này.<br /><br /></div>'
    last = pages(cid) if cid in CATS else 1
    pager = ""
    if last > 1:

        def link(n: int, label: str) -> str:
            return (
                f'<a href="index.cfm?fuseaction=tintuc.danhsach&machuyenmuc={cid}&trang={n}&{sess.token}"'
                f' class="trang">{label}</a>'
            )

        nums = " ".join(
            f"<b>[{n}]</b>" if n == page else link(n, str(n)) for n in range(1, last + 1)
        )
        pager = f'<div class="phantrang">Trang: {nums}'
        if page > 1:
            pager = f'<div class="phantrang">{link(1, "&laquo;&laquo; Đầu")} {link(page - 1, "&laquo; Trước")} Trang: {nums}'
        if page < last:
            pager += f" {link(page + 1, 'Tiếp &raquo;')} {link(last, 'Cuối &raquo;&raquo;')}"
        pager += "</div>"
    main = _box(_crumb((None, name)), rows + pager)
    return _layout(request, sess, f"{SITE} - {name}", main)


def _home(request: Request, sess: Session) -> str:
    top = newest()[:5]
    lead = top[0]
    more = "".join(
        f'<li><a href="{rewritten_path(s)[1:]}">{esc(s.title)}</a> <span class="ngay-nho">({_dmy(s.opts["at"])})</span></li>\n'
        for s in top[1:]
    )
    hot = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr>
    <td width="210" valign="top"><a href="{rewritten_path(lead)[1:]}"><img src="{_thumb(lead)}" width="200" height="150" border="0" class="anh-daidien" /></a></td>
    <td valign="top"><a href="{rewritten_path(lead)[1:]}" class="tin-noibat">{esc(lead.title)}</a> <span class="ngay-nho">({_dmy(lead.opts["at"])})</span>
      <div class="ds-tomtat">{esc(_excerpt(lead))}</div></td>
  </tr>
</table>
<ul class="ds-tinmoi">
{more}</ul>"""
    boxes = [_box("TIN MỚI NHẤT", hot)]
    for cid, name in CATS.items():
        items = "".join(
            f'<li><a href="{rewritten_path(s)[1:]}">{esc(s.title)}</a> <span class="ngay-nho">({_dmy(s.opts["at"])})</span></li>\n'
            for s in newest(cid)[:3]
        )
        more_link = f'<div align="right"><a href="index.cfm?fuseaction=tintuc.danhsach&amp;machuyenmuc={cid}" class="xem-tiep">Xem tiếp &raquo;</a></div>'
        boxes.append(_box(esc(name.upper()), f'<ul class="ds-tinmoi">\n{items}</ul>\n{more_link}'))
    notices = " &nbsp;&nbsp;&nbsp; ".join(
        f'<a href="index.cfm?fuseaction=vanban.chitiet&amp;id={d.id}">{esc(d.number)}: {esc(d.title)}</a>'
        for d in DOCS[:3]
    )
    board = _box(
        "THÔNG BÁO",
        f'<marquee direction="left" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">{notices}</marquee>',
    )
    main = board + "\n" + "\n".join(boxes)
    return _layout(request, sess, f"{SITE} - Trang chủ", main)


def _print(request: Request, story: Story) -> Response:
    sapo = f'<p class="in-tomtat"><b>{_t(story.summary, story)}</b></p>' if story.summary else ""
    field = (
        f'<p align="right"><b>Tác giả: {esc(story.opts["field"])}</b></p>'
        if story.opts.get("field")
        else ""
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(SITE)} - Bản in</title>
<base href="{base_url(request)}/" />
<link href="css/print.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print()">
<table width="700" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="images/logo_in.gif" /> <b>{esc(SITE.upper())}</b><hr /></td></tr>
<tr><td>
<div class="in-tieude">{_t(story.title, story)}</div>
<div class="in-ngay">{date_line(story)}</div>
{sapo}
{body_html(story)}
{field}
<hr />
<div class="in-diachi">Địa chỉ bài viết: {base_url(request)}{article_path(story)}</div>
<div align="center"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
</td></tr>
</table>
</body>
</html>"""
    # the print template was written without <cfcontent>: IIS sends no charset
    return html(page, charset=None, headers={"Server": "Microsoft-IIS/6.0"})


def _email(request: Request, sess: Session, story: Story) -> str:
    form = f"""<div class="tieude-trang">GỬI TIN CHO BẠN BÈ</div>
<p>Bài viết: <b>{esc(story.title)}</b></p>
<form name="frmGuiEmail" action="index.cfm?fuseaction=tintuc.guiemail_xuly&amp;matin={story.id}" method="post">
<table border="0" cellpadding="3" cellspacing="0">
<tr><td>Họ tên người gửi:</td><td><input type="text" name="hoten" size="40" /></td></tr>
<tr><td>Email người gửi:</td><td><input type="text" name="emailgui" size="40" /></td></tr>
<tr><td>Email người nhận:</td><td><input type="text" name="emailnhan" size="40" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="loinhan" cols="38" rows="5"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi đi" class="nut" /> <input type="reset" value="Nhập lại" class="nut" /></td></tr>
</table>
</form>"""
    return _layout(request, sess, f"{SITE} - Gửi email", _box(_crumb((None, "Gửi email")), form))


def _about(request: Request, sess: Session, pid: int) -> str:
    if pid not in ABOUT:
        inner = '<div align="center"><br />Nội dung đang được cập nhật...<br /><br /></div>'
        return _layout(
            request, sess, f"{SITE} - Giới thiệu", _box(_crumb((None, "Giới thiệu")), inner)
        )
    title, paragraphs = ABOUT[pid]
    tabs = " | ".join(
        f'<a href="index.cfm?fuseaction=gioithieu.chitiet&amp;id={i}">{esc(t)}</a>'
        for i, (t, _) in ABOUT.items()
    )
    body = "".join(f'<p style="text-align: justify">{esc(p)}</p>' for p in paragraphs)
    inner = f'<div class="gt-menu">{tabs}</div>\n<div class="tieude-trang">{esc(title.upper())}</div>\n<div class="gt-noidung">{body}</div>'
    return _layout(request, sess, f"{SITE} - Giới thiệu", _box(_crumb((None, "Giới thiệu")), inner))


def _contact(request: Request, sess: Session) -> str:
    inner = f"""<div class="tieude-trang">THÔNG TIN LIÊN HỆ</div>
<p><b>{esc(SITE.upper())}</b><br />Địa chỉ: {esc(ADDRESS)}<br />Điện thoại: {PHONE} - Fax: {FAX}<br />Email: {EMAIL}</p>
<form name="frmLienHe" action="index.cfm?fuseaction=lienhe.gui" method="post">
<table border="0" cellpadding="3" cellspacing="0">
<tr><td>Họ và tên (*):</td><td><input type="text" name="hoten" size="45" /></td></tr>
<tr><td>Địa chỉ:</td><td><input type="text" name="diachi" size="45" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" size="45" /></td></tr>
<tr><td>Tiêu đề (*):</td><td><input type="text" name="tieude" size="45" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="noidung" cols="43" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" class="nut" /></td></tr>
</table>
</form>"""
    return _layout(request, sess, f"{SITE} - Liên hệ", _box(_crumb((None, "Liên hệ")), inner))


def _docs(request: Request, sess: Session) -> str:
    rows = "".join(
        f'<tr><td align="center">{i}</td><td>{esc(d.number)}</td><td align="center">{d.issued}</td>'
        f'<td><a href="{_j(sess, f"fuseaction=vanban.chitiet&id={d.id}")}">{esc(d.title)}</a></td>'
        f'<td align="center"><a href="{d.file[1:]}"><img src="images/pdf.gif" border="0" alt="Tải về" /></a></td></tr>\n'
        for i, d in enumerate(DOCS, 1)
    )
    inner = f"""<table width="100%" border="1" cellspacing="0" cellpadding="4" class="bang-vanban" style="border-collapse: collapse">
<tr class="hang-tieude"><td>STT</td><td>Số/Ký hiệu</td><td>Ngày ban hành</td><td>Trích yếu</td><td>Tải về</td></tr>
{rows}</table>"""
    return _layout(request, sess, f"{SITE} - Văn bản", _box(_crumb((None, "Văn bản")), inner))


def _doc(request: Request, sess: Session, doc: Doc) -> str:
    inner = f"""<table width="100%" border="1" cellspacing="0" cellpadding="4" class="bang-vanban" style="border-collapse: collapse">
<tr><td width="150"><b>Số/Ký hiệu</b></td><td>{esc(doc.number)}</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>{doc.issued}</td></tr>
<tr><td><b>Cơ quan ban hành</b></td><td>{esc(doc.agency)}</td></tr>
<tr><td><b>Người ký</b></td><td>{esc(doc.signer)}</td></tr>
<tr><td><b>Trích yếu</b></td><td>{esc(doc.title)}</td></tr>
<tr><td><b>File đính kèm</b></td><td><a href="{doc.file[1:]}">{esc(doc.file.rsplit("/", 1)[1])}</a></td></tr>
</table>
<p align="right"><a href="{_j(sess, "fuseaction=vanban.danhsach")}">&laquo; Danh sách văn bản</a></p>"""
    return _layout(
        request,
        sess,
        f"{SITE} - Văn bản",
        _box(
            _crumb(("index.cfm?fuseaction=vanban.danhsach", "Văn bản"), (None, doc.number)), inner
        ),
    )


def _albums(request: Request, sess: Session) -> str:
    cells = "".join(
        f'<td align="center" valign="top" width="33%"><a href="{_j(sess, f"fuseaction=thuvienanh.album&id={i}")}">'
        f'<img src="upload/thuvienanh/album{i}/{photos[0][0]}" width="160" height="120" border="0" /></a><br />'
        f'<a href="{_j(sess, f"fuseaction=thuvienanh.album&id={i}")}">{esc(name)}</a><br /><span class="ngay-nho">({day})</span></td>'
        for i, (name, day, photos) in ALBUMS.items()
    )
    inner = (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr>{cells}</tr></table>'
    )
    return _layout(
        request, sess, f"{SITE} - Thư viện ảnh", _box(_crumb((None, "Thư viện ảnh")), inner)
    )


def _album(request: Request, sess: Session, aid: int) -> str | None:
    if aid not in ALBUMS:
        return None
    name, day, photos = ALBUMS[aid]
    cells = "".join(
        f'<td align="center" valign="top" width="50%"><a href="upload/thuvienanh/album{aid}/{f}" target="_blank">'
        f'<img src="upload/thuvienanh/album{aid}/{f}" width="240" height="180" border="0" /></a>'
        f'<div class="anh-chuthich">{esc(c)}</div></td>' + ("</tr><tr>" if n % 2 == 1 else "")
        for n, (f, c) in enumerate(photos)
    )
    inner = f"""<div class="tieude-trang">{esc(name.upper())} <span class="ngay-nho">({day})</span></div>
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr>{cells}</tr></table>
<p align="right"><a href="{_j(sess, "fuseaction=thuvienanh.danhsach")}">&laquo; Các album khác</a></p>"""
    return _layout(
        request,
        sess,
        f"{SITE} - Thư viện ảnh",
        _box(
            _crumb((_j(sess, "fuseaction=thuvienanh.danhsach"), "Thư viện ảnh"), (None, name)),
            inner,
        ),
    )


_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_AGENDA: dict[date, list[tuple[str, str]]] = {
    date(2026, 11, 16): [("Sáng", "Ban Giám hiệu giao ban tuần")],
    date(2026, 11, 18): [("Chiều", "Họp Hội đồng giám khảo Hội thi giảng viên dạy giỏi")],
    date(2026, 11, 19): [("Sáng", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam - Hội trường A")],
    date(2026, 11, 23): [("Sáng", "Ban Giám hiệu giao ban tuần"), ("Chiều", "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4")],
    date(2026, 11, 24): [("Chiều", "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề")],
    date(2026, 11, 26): [("Sáng", "Giảng viên đi nghiên cứu thực tế tại xã Chiềng Mung")],
    date(2026, 11, 30): [("Sáng", "Ban Giám hiệu giao ban tuần")],
}  # fmt: skip


def _week(request: Request, sess: Session, day: date) -> str:
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    rows = []
    for n in range(7):
        d = monday + timedelta(days=n)
        entries = _AGENDA.get(d, [])
        work = (
            "<br />".join(f"<b>{esc(part)}:</b> {esc(what)}" for part, what in entries) or "&nbsp;"
        )
        rows.append(
            f'<tr><td width="110" align="center"><b>{_WEEKDAYS[n]}</b><br />{d:%d/%m/%Y}</td><td>{work}</td></tr>'
        )
    note = (
        ""
        if any(monday + timedelta(days=n) in _AGENDA for n in range(7))
        else ('<p align="center"><i>Chưa có lịch công tác tuần này.</i></p>')
    )
    prev_w, next_w = monday - timedelta(days=7), monday + timedelta(days=7)
    inner = f"""<div class="tieude-trang">LỊCH CÔNG TÁC TUẦN<br /><span class="ngay-nho">(Từ ngày {monday:%d/%m/%Y} đến ngày {sunday:%d/%m/%Y})</span></div>
<div class="lich-dieuhuong" align="center">
<a href="index.cfm?fuseaction=lichcongtac.tuan&amp;ngay={prev_w:%Y-%m-%d}">&laquo; Tuần trước</a> |
<a href="index.cfm?fuseaction=lichcongtac.tuan">Tuần này</a> |
<a href="index.cfm?fuseaction=lichcongtac.tuan&amp;ngay={next_w:%Y-%m-%d}">Tuần sau &raquo;</a>
</div>
<table width="100%" border="1" cellspacing="0" cellpadding="4" class="bang-lich" style="border-collapse: collapse">
{"".join(rows)}
</table>
{note}"""
    return _layout(
        request, sess, f"{SITE} - Lịch công tác", _box(_crumb((None, "Lịch công tác")), inner)
    )


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request, sess: Session) -> str:
    q = request.params.get("tukhoa", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    rows = "".join(
        f'<li><a href="index.cfm?fuseaction=tintuc.chitiet&amp;matin={s.id}">{esc(s.title)}</a>'
        f' <span class="ngay-nho">({_dmy(s.opts["at"])})</span></li>'
        for s in hits
    )
    inner = (
        f"<p>Tìm thấy <b>{len(hits)}</b> kết quả với từ khóa: <b>{esc(q)}</b></p><ul>{rows}</ul>"
    )
    return _layout(request, sess, f"{SITE} - Tìm kiếm", _box(_crumb((None, "Tìm kiếm")), inner))


def _login(request: Request, sess: Session) -> str:
    msg = (
        "Tên đăng nhập hoặc mật khẩu không đúng!"
        if request.method == "POST"
        else "Vui lòng đăng nhập để tiếp tục."
    )
    inner = f'<div align="center"><br /><b>{msg}</b><br /><br /></div>'
    return _layout(request, sess, f"{SITE} - Đăng nhập", _box(_crumb((None, "Đăng nhập")), inner))


def _cf_error(detail: str, template: str = "/index.cfm") -> Response:
    where = "C:\\Inetpub\\wwwroot\\truongchinhtri" + template.replace("/", "\\")
    page = f"""<html><head><title>Error Occurred While Processing Request</title></head>
<body>
<font style="COLOR: black; FONT: 16pt/18pt verdana">The web site you are accessing has experienced an unexpected error.<br>Please contact the website administrator.</font>
<br><br>
<table border="1" cellpadding="3" bordercolor="#000808" bgcolor="#e7e7e7">
<tr><td bgcolor="#000066"><font style="COLOR: white; FONT: 11pt/13pt verdana" color="white">The following information is meant for the website developer for debugging purposes.</font></td></tr>
<tr><td bgcolor="#4646EE"><font style="COLOR: white; FONT: 11pt/13pt verdana" color="white">Error Occurred While Processing Request</font></td></tr>
<tr><td><font style="COLOR: black; FONT: 8pt/11pt verdana">{esc(detail)}<br><br>The error occurred in {esc(where)}: line 42</font></td></tr>
</table>
</body></html>"""
    return html(page, status=500, headers={"Server": "Microsoft-IIS/6.0"})


def _int(value: str | None) -> int | None:
    if value is None or value == "":
        return None
    return int(value) if value.isdigit() else -1


_REWRITE = re.compile(r"^/tin-tuc/(\d+)/([a-z0-9-]+)\.cfm$")
_ROBOTS = "User-agent: *\nDisallow: /CFIDE/\nDisallow: /admin/\nDisallow: /quantri/\n"
_STATIC_PREFIXES = ("/userfiles/", "/upload/", "/images/", "/css/", "/js/")


class ColdFusionSite:
    """IIS + ColdFusion 8: the rewrite rule, static folders and ``index.cfm``'s Fusebox switch."""

    def respond(self, request: Request) -> Response | None:
        path = request.path.split(";", 1)[0]  # ;jsessionid=… is the J2EE session, not the path
        if path.startswith(_STATIC_PREFIXES):
            if path.startswith("/upload/vanban/"):
                known = any(d.file == path for d in DOCS)
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if known else None
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        if path == "/favicon.ico":
            return static_file(path)
        sess = _session(request)
        if m := _REWRITE.match(path):
            if request.query:
                return None
            story = _BY_ID.get(int(m.group(1)))
            page = _article(request, sess, story) if story else _soft_missing(request, sess)
            return html(page, charset="UTF-8", headers=_session_headers(sess))
        if path not in ("/", "/index.cfm"):
            return None
        result = self._fuse(request, sess)
        if result is None or isinstance(result, Response):
            return result
        return html(result, charset="UTF-8", headers=_session_headers(sess))

    def _fuse(self, request: Request, sess: Session) -> str | Response | None:
        params = request.params
        fa = params.get("fuseaction", "trangchu.hienthi").lower()
        circuit = fa.split(".", 1)[0]
        if fa == "trangchu.hienthi":
            return _home(request, sess)
        if fa in ("tintuc.chitiet", "tintuc.inbai", "tintuc.guiemail"):
            matin = _int(params.get("matin"))
            if matin is None or matin < 0:
                value = params.get("matin", "")
                return _cf_error(
                    f'The value "{value}" cannot be converted to a number.',
                    "/tintuc/dsp_chitiet.cfm",
                )
            story = _BY_ID.get(matin)
            if story is None:
                return _soft_missing(request, sess)
            if fa == "tintuc.inbai":
                return _print(request, story)
            if fa == "tintuc.guiemail":
                return _email(request, sess, story)
            return _article(request, sess, story)
        if fa == "tintuc.danhsach":
            cid = _int(params.get("machuyenmuc"))
            page = _int(params.get("trang")) or 1
            if cid is None or cid < 0 or page < 1:
                return _cf_error(
                    "Invalid data for CFSQLTYPE CF_SQL_INTEGER.", "/tintuc/qry_danhsach.cfm"
                )
            return _listing(request, sess, cid, page)
        if fa == "gioithieu.chitiet":
            return _about(request, sess, _int(params.get("id")) or 1)
        if fa == "lienhe.form":
            return _contact(request, sess)
        if fa == "vanban.danhsach":
            return _docs(request, sess)
        if fa == "vanban.chitiet":
            doc = _DOC_BY_ID.get(_int(params.get("id")) or 0)
            return _doc(request, sess, doc) if doc else None
        if fa == "thuvienanh.danhsach":
            return _albums(request, sess)
        if fa == "thuvienanh.album":
            return _album(request, sess, _int(params.get("id")) or 0)
        if fa == "lichcongtac.tuan":
            try:
                day = datetime.strptime(params.get("ngay", ""), "%Y-%m-%d").date()
            except ValueError:
                day = TODAY_DATE
            if not date(1, 1, 20) <= day <= date(9999, 12, 20):
                day = TODAY_DATE
            return _week(request, sess, day)
        if fa == "timkiem.ketqua":
            return _search(request, sess)
        if fa == "nguoidung.dangnhap":
            return _login(request, sess)
        return _cf_error(
            f"You specified a Fuseaction of {fa.split('.', 1)[-1]} which is not defined in Circuit {circuit}.",
            "/fusebox4.runtime.cfmx.cfm",
        )


def build_site() -> ColdFusionSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return ColdFusionSite()
