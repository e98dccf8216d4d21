"""Trường Chính trị tỉnh Sóc Trăng: DotNetNuke 7 with Ventrian News Articles, on IIS 8.5.

Platform
--------
A DNN 7.4 portal (skin "TCT_SocTrang", DDR menu, ASP.NET WebForms ``<form id="Form">`` with
``__VIEWSTATE``) whose "Tin tức" tab (tabid 57) carries the Ventrian NewsArticles module
(moduleId 412) and, on the same tab, the NewsArchives module in its "month" and "category" modes
plus a LatestArticles module ("Tin mới nhất"). The view template was customised by a local vendor
(Vietnamese class names: ``nd_tieude``, ``nd_thongtin``, ``nd_tomtat``, ``nd_noidung`` …). The
application pool runs with the en-US culture, so every ``[PUBLISHSTARTDATE]`` token that has no
explicit format prints ``M/d/yyyy h:mm:ss tt``; the listing template asks for ``dd/MM/yyyy``.

URL scheme
----------
- ``/`` home tab (LatestArticles per category), ``/tin-tuc.aspx`` the module's "current articles"
  (six newest, no pager);
- ``/tin-tuc/articleType/ArticleView/articleId/<N>/<Slug>.aspx`` an article (the slug is the title
  without diacritics, capitals kept; the module ignores it, any slug serves the article);
  ``/tin-tuc/articleType/ArticleView/articleId/<N>/PageID/<P>/<Slug>.aspx`` one page of a
  multi-page article (``P`` is the page's database id, not its number);
- ``/tin-tuc/articleType/CategoryView/categoryId/<c>/<Cat>.aspx`` a category, page N at
  ``/tin-tuc/articleType/CategoryView/categoryId/<c>/currentpage/<N>.aspx`` (4 a page);
- ``/tin-tuc/articleType/ArchiveView/month/<m>/year/<y>.aspx`` a month (5 a page, page N at
  ``…/year/<y>/currentpage/<N>.aspx``); ``/tin-tuc/articleType/Categories.aspx``,
  ``/tin-tuc/articleType/Search.aspx``;
- ``/DesktopModules/DnnForge - NewsArticles/Print.aspx?tabid=57&tabmoduleid=389&articleId=<N>&
  moduleId=412&PortalID=0`` the print view (linked with raw spaces in the href, as the module
  prints it), ``…/Rss.aspx?TabID=57&ModuleID=412&MaxCount=25`` the feed,
  ``…/ImageHandler.ashx?Width=…&FileName=…`` thumbnails;
- ``/gioi-thieu.aspx`` (+ ``/gioi-thieu/lich-su-hinh-thanh.aspx``,
  ``/gioi-thieu/co-cau-to-chuc.aspx``), ``/lien-he.aspx``, ``/thu-vien-anh.aspx``, DNN's own
  ``/Terms.aspx`` and ``/Privacy.aspx``, ``/dang-nhap.aspx`` (rel=nofollow).

How each gold article is reached
--------------------------------
Home shows 1236, 1224, 1219 (Tin hoạt động), 1233, 1215 (Thông báo), 1229 (NCKH), 1206 (Đào tạo).
``/tin-tuc.aspx`` the six newest. Category "Tin hoạt động" page 1: 1236, 1224, 1219, 1210; page 2
(``currentpage/2``): 1206, 1198. "Đào tạo - Bồi dưỡng": 1206, 1194, 1187. "Nghiên cứu khoa học":
1229, 1203, 1191. "Thông báo": 1233, 1215. Archive 10/2026: 1194, 1191, 1187; 11/2026 page 1:
1229, 1224, 1219, 1210, 1206, page 2: 1198, 1203; 12/2026: 1236, 1233, 1215. So 1198 is reached
only through a page 2 (category or archive).

Traps
-----
1. en-US culture dates: the view prints "10/8/2026 8:00:00 AM" (month first) while the listing
   prints "08/10/2026"; a day-first reader gets 10 August. Gold: 2026-10-08T08:00:00+07:00.
2. Midnight as "no time": articles entered without a time print "11/2/2026 12:00:00 AM".
   Gold: the day alone ("2026-11-02").
3. "Cập nhật lần cuối: 11/2/2026 9:10:00 AM" ([LASTUPDATE]) after the text of some articles, and
   comments "Gửi bởi <name> lúc <date>" under them: neither is the publication date, nor are the
   commenters authors; comment text is not body.
4. Multi-page article (Ventrian article pages): 1203 is split over two pages linked as
   "Trang: 1. Đặt vấn đề | 2. Thực trạng và giải pháp" with ``/PageID/1402/`` URLs (ids, not
   page numbers). Gold: one record at the plain article URL whose body is both pages in order;
   ``PageID/1401`` and ``PageID/1402`` and the print view (which prints all pages) are alt_paths.
5. Summary printed twice: the view prints [SUMMARY] in ``div.nd_tomtat`` and, for 1210, the
   editor pasted the same text again as the first paragraph of [DETAILS]. Gold: the sapo once,
   as the body's first paragraph.
6. An article in two categories (1206: "Tin hoạt động" and "Đào tạo - Bồi dưỡng"): it is listed in
   both, and the view prints "Chuyên mục: Tin hoạt động, Đào tạo - Bồi dưỡng". Gold category: the
   breadcrumb's (the primary category, first printed): "Tin hoạt động".
7. Old-slug URL: after a title edit, the related-articles list of 1224 still links 1219 under its
   old slug, and 1191's list links 1187 under its old one; both serve the article. Gold: alt_paths.
8. The print view is linked with raw spaces in its href ("DnnForge - NewsArticles"); gold alt path
   is its percent-encoded form.
9. The LatestArticles module ("Tin mới nhất") beside every article prints other articles'
   summaries as ``<p>`` with ImageHandler.ashx thumbnails: not body, not images.
10. DNN container title "Tin tức - Sự kiện" in an ``<h2>`` above the article's ``<h1>``; the
    ``<title>`` is "<headline> > Tin tức". Gold title: the headline.
11. RadEditor text without ``<p>``: 1191's text is one ``<div>`` with ``<br /><br />`` between
    paragraphs (each is a paragraph) and 1236 has a single ``<br />`` inside a ``<p>`` (two
    paragraphs).
12. "Đăng bởi: bientap01" (the DNN account, [AUTHORUSERNAME]) in the info line; the real byline
    is the right-aligned line at the end ("Tin, ảnh: Lâm Thị Thu Hà", "Hoàng Yến (Phòng Tổ chức -
    Hành chính)", research articles' "ThS. … / Khoa …" at the top). Gold: names only.
13. Official notice 1215 (letterhead table, "Số: 215-TB/TCT", "Sóc Trăng, ngày 30 tháng 11 năm
    2026", "THÔNG BÁO / Tuyển sinh …", "Nơi nhận", "KT. HIỆU TRƯỞNG … Trần Văn Hùng", attachment
    line). Gold: letterhead day 2026-11-30 (posted 12/1/2026), author the signer, body the
    numbered text only.
14. Captions in three forms: a second table row under the photo, a centred italic paragraph
    after it, and "(Ảnh: Minh Khoa)" which is only a credit (caption None, photographer); 1198's
    photo has a long ``alt`` but no printed line (caption None).

Gold decisions on ambiguous points
----------------------------------
- Multi-page article: the article is one record (all pages' text), not one per page.
- "Bài, ảnh: Ngọc Hân" reads like "Tin, ảnh": author and photographer.
- Units signing alone ("Phòng QLĐT-NCKH", "Văn phòng Đảng ủy") are the author as printed.
- 1233's closing "BBT" is nobody; its table rows are paragraphs (cells joined by " | ").
- Section headings and "Tài liệu tham khảo" entries of 1203 are body paragraphs; its footnote
  calls "[1]" stay in their sentences.
- The summary (``div.nd_tomtat``) is the sapo where printed; articles with an empty summary
  print no such element and have summary null.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "dnn_ventrian_tct"
PLATFORM = "DotNetNuke 7 + Ventrian News Articles (IIS 8.5)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Sóc Trăng"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
TAB = "/tin-tuc"
DM = "/DesktopModules/DnnForge - NewsArticles"  # as the module prints it (raw spaces)
DM_ENC = quote(DM)

CATS = {
    2: ("Tin hoạt động", "Tin-hoat-dong"),
    3: ("Đào tạo - Bồi dưỡng", "Dao-tao-Boi-duong"),
    4: ("Nghiên cứu khoa học", "Nghien-cuu-khoa-hoc"),
    5: ("Thông báo", "Thong-bao"),
}
CAT_PAGE = 4
ARCHIVE_PAGE = 5


def slugify(title: str) -> str:
    """Ventrian's friendly slug: no diacritics, capitals kept, words joined by "-"."""
    s = title.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    words = re.findall(r"[A-Za-z0-9]+", s)
    return "-".join(words)


def us_date(iso: str) -> str:
    """en-US culture: M/d/yyyy h:mm:ss tt (midnight for a day without time)."""
    day, _, tm = iso.partition("T")
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in (tm[:5] if tm else "00:00").split(":"))
    tt = "AM" if hh < 12 else "PM"
    h12 = hh % 12 or 12
    return f"{m}/{d}/{y} {h12}:{mm:02d}:00 {tt}"


def vn_day(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


IMG = "/Portals/0/NewsArticles"

# --- the stories -----------------------------------------------------------------------------

RIGHT = '<p style="text-align: right;">{}</p>'

S1187 = Story(
    id=1187,
    slug="",
    title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2026-2027 tại huyện Mỹ Xuyên",
    cat="Đào tạo - Bồi dưỡng",
    published_at="2026-10-08T08:00:00+07:00",
    summary=(
        "Sáng ngày 07/10/2026, tại Trung tâm Chính trị huyện Mỹ Xuyên, Trường Chính trị tỉnh Sóc Trăng"
        " phối hợp với Ban Tuyên giáo Huyện ủy Mỹ Xuyên tổ chức khai giảng lớp Trung cấp lý luận chính"
        " trị - hành chính hệ không tập trung khóa 2026-2027."
    ),
    sapo_outside=True,
    blocks=[
        P("Dự lễ khai giảng có đồng chí Trần Văn Hùng, Phó Hiệu trưởng Trường Chính trị tỉnh; đồng chí"
          " Lý Thị Kim Phượng, Phó Bí thư Thường trực Huyện ủy Mỹ Xuyên cùng đại diện lãnh đạo các"
          " phòng, khoa của Trường và 86 học viên của lớp."),
        Img(f"{IMG}/2026/10/khaigiang_myxuyen_01.jpg",
            "Đồng chí Trần Văn Hùng, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học",
            "Đồng chí Trần Văn Hùng, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học",
            style="table"),
        P("Phát biểu khai giảng, đồng chí Trần Văn Hùng nhấn mạnh, lớp học được mở nhằm trang bị cho"
          " đội ngũ cán bộ, công chức cấp cơ sở hệ thống kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư"
          " tưởng Hồ Chí Minh, quan điểm, đường lối của Đảng, chính sách, pháp luật của Nhà nước."),
        P("Chương trình học gồm 4 phần, 19 học phần, được thực hiện trong 10 tháng theo hình thức học"
          " vào các ngày cuối tuần. Đồng chí đề nghị học viên nghiêm túc chấp hành nội quy, quy chế học"
          " tập, phát huy tinh thần tự học, liên hệ thực tiễn địa phương trong quá trình học tập."),
        Raw(RIGHT.format("<strong>Tin, ảnh: Lâm Thị Thu Hà</strong>")),
    ],
    authors=["Lâm Thị Thu Hà"],
    photographers=["Lâm Thị Thu Hà"],
    opts={"cats": [3], "old_slug": "Khai-giang-lop-TCLLCT-HC-khoa-2026-2027-tai-My-Xuyen",
          "updated": "10/9/2026 10:12:00 AM"},
)

S1191 = Story(
    id=1191,
    slug="",
    title="Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng hiện nay”",
    cat="Nghiên cứu khoa học",
    published_at="2026-10-21T14:15:00+07:00",
    blocks=[
        P("Ngày 20/10/2026, Trường Chính trị tỉnh Sóc Trăng tổ chức Hội thảo khoa học cấp trường với chủ"
          " đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng hiện nay”.",
          "br"),
        P("Hội thảo nhận được 24 bài tham luận của cán bộ, giảng viên trong Trường và các Trung tâm"
          " Chính trị cấp huyện. Các ý kiến tập trung làm rõ những nội dung cơ bản trong tư tưởng Hồ"
          " Chí Minh về cán bộ, công tác cán bộ và giá trị vận dụng trong giai đoạn hiện nay.", "br"),
        Img(f"{IMG}/2026/10/hoithao_tthcm.jpg", "(Ảnh: Minh Khoa)", None, style="center"),
        P("Nhiều tham luận nhắc lại lời dạy của Người: “Cán bộ là cái gốc của mọi công việc”, từ đó đề"
          " xuất đổi mới nội dung, phương pháp giảng dạy theo hướng gắn lý luận với thực tiễn.", "br"),
        P("Kết luận hội thảo, đồng chí Hiệu trưởng đề nghị các khoa tiếp thu các ý kiến đóng góp, đưa"
          " kết quả hội thảo vào bài giảng và hoạt động nghiên cứu thực tế của giảng viên.", "br"),
        Raw(RIGHT.format("<em>Phòng QLĐT-NCKH</em>")),
    ],
    authors=["Phòng QLĐT-NCKH"],
    photographers=["Minh Khoa"],
    opts={"cats": [4]},
)

S1194 = Story(
    id=1194,
    slug="",
    title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="Đào tạo - Bồi dưỡng",
    published_at="2026-10-30T16:40:00+07:00",
    summary="Chiều 30/10/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế"
            " giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
    sapo_outside=True,
    blocks=[
        P("Qua 8 ngày học tập, 112 học viên là trưởng, phó các đoàn thể ấp, khóm đã được nghiên cứu 10"
          " chuyên đề về quan điểm của Đảng về quốc phòng, an ninh, xây dựng nền quốc phòng toàn dân"
          " gắn với thế trận an ninh nhân dân."),
        Img(f"{IMG}/2026/10/begiang_qpan_4.jpg", "Trao giấy chứng nhận cho các học viên có kết quả cao",
            "Trao giấy chứng nhận cho các học viên có kết quả cao", style="em"),
        P("Kết quả, 100% học viên được cấp giấy chứng nhận hoàn thành chương trình, trong đó 46 học viên"
          " đạt loại giỏi. Dịp này, Ban Giám hiệu khen thưởng 5 học viên có thành tích xuất sắc."),
        Raw(RIGHT.format("<strong>Hoàng Yến</strong> (Phòng Tổ chức - Hành chính)")),
    ],
    authors=["Hoàng Yến"],
    opts={"cats": [3], "updated": "11/2/2026 9:10:00 AM"},
)

S1198 = Story(
    id=1198,
    slug="",
    title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
    cat="Tin hoạt động",
    published_at="2026-11-03T09:20:00+07:00",
    blocks=[
        P("Ngày 02/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao"
          " tinh thần trách nhiệm của đảng viên là giảng viên trong thực hiện nhiệm vụ chính trị”.",
          "mso"),
        Img(f"{IMG}/2026/11/chibo_llcs.jpg", None, None, style="none"),
        P("Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ các nội dung sau:", "mso"),
        P("Trách nhiệm nêu gương của đảng viên trong giảng dạy và nghiên cứu khoa học;", "li"),
        P("Việc đổi mới phương pháp giảng dạy, lấy người học làm trung tâm;", "li"),
        P("Giải pháp khắc phục tình trạng ngại đi nghiên cứu thực tế ở cơ sở.", "li"),
        P("Kết thúc buổi sinh hoạt, Chi bộ thống nhất đưa các giải pháp vào nghị quyết sinh hoạt thường"
          " kỳ và làm cơ sở đánh giá, xếp loại đảng viên cuối năm.", "mso"),
        Raw(RIGHT.format("<strong>Bài, ảnh: Ngọc Hân</strong>")),
    ],
    authors=["Ngọc Hân"],
    photographers=["Ngọc Hân"],
    opts={"cats": [2]},
)

_P1203_1 = [
    P("1. Đặt vấn đề", "h"),
    P("Chất lượng giảng dạy các môn lý luận chính trị quyết định trực tiếp đến chất lượng đào tạo của"
      " trường chính trị cấp tỉnh. Quy định số 09-QĐ/TW của Ban Bí thư về trường chính trị chuẩn đặt ra"
      " yêu cầu đổi mới mạnh mẽ nội dung, phương pháp giảng dạy.[1]"),
    P("Thời gian qua, Trường Chính trị tỉnh Sóc Trăng đã có nhiều cố gắng trong đổi mới phương pháp,"
      " song việc giảng dạy ở một số học phần vẫn nặng về truyền thụ một chiều, chưa phát huy tính tích"
      " cực của người học.[2]"),
]
_P1203_2 = [
    P("2. Thực trạng và giải pháp", "h"),
    P("Qua khảo sát 320 học viên các lớp trung cấp năm 2026, 71% ý kiến mong muốn tăng thời lượng thảo"
      " luận, xử lý tình huống; 64% đề nghị tăng cường liên hệ thực tiễn của địa phương."),
    P("Thứ nhất, đổi mới việc thiết kế bài giảng theo hướng nêu vấn đề, gắn với tình huống thực tế ở"
      " cơ sở."),
    P("Thứ hai, nâng cao chất lượng đi nghiên cứu thực tế của giảng viên, xây dựng ngân hàng tình huống"
      " dùng chung cho các khoa."),
    P("Thứ ba, ứng dụng công nghệ thông tin trong giảng dạy, quản lý học viên và kiểm tra, đánh giá."),
    P("Tài liệu tham khảo", "h"),
    P("[1] Ban Bí thư: Quy định số 09-QĐ/TW ngày 13/11/2018 về trường chính trị chuẩn."),
    P("[2] Trường Chính trị tỉnh Sóc Trăng: Báo cáo tổng kết năm học 2025-2026."),
]
S1203 = Story(
    id=1203,
    slug="",
    title="Một số giải pháp nâng cao chất lượng giảng dạy các môn lý luận chính trị tại Trường Chính trị tỉnh Sóc Trăng",
    cat="Nghiên cứu khoa học",
    published_at="2026-11-02",
    blocks=[*_P1203_1, *_P1203_2],
    authors=["Nguyễn Thị Bích Ngọc"],
    opts={
        "cats": [4],
        "pages": [(1401, "1. Đặt vấn đề", _P1203_1), (1402, "2. Thực trạng và giải pháp", _P1203_2)],
        "top_byline": "<em>ThS. Nguyễn Thị Bích Ngọc<br />Khoa Xây dựng Đảng</em>",
    },
)

S1206 = Story(
    id=1206,
    slug="",
    title="Đoàn công tác Học viện Chính trị khu vực IV làm việc với Trường Chính trị tỉnh Sóc Trăng",
    cat="Tin hoạt động",
    published_at="2026-11-06T10:05:00+07:00",
    summary="Ngày 05/11/2026, Đoàn công tác Học viện Chính trị khu vực IV do PGS.TS Nguyễn Minh Tuấn, Phó"
            " Giám đốc Học viện làm trưởng đoàn đã đến làm việc với Trường Chính trị tỉnh Sóc Trăng.",
    sapo_outside=True,
    blocks=[
        P("Tại buổi làm việc, lãnh đạo Trường báo cáo kết quả thực hiện nhiệm vụ năm 2026, trong đó nhấn"
          " mạnh việc phối hợp mở các lớp Cao cấp lý luận chính trị hệ không tập trung tại tỉnh."),
        Img(f"{IMG}/2026/11/hocvien_kv4.jpg", "Quang cảnh buổi làm việc", "Quang cảnh buổi làm việc",
            style="table"),
        P("Phát biểu tại buổi làm việc, PGS.TS Nguyễn Minh Tuấn đánh giá cao sự chủ động của Trường trong"
          " công tác quản lý lớp học, đồng thời đề nghị tiếp tục phối hợp chặt chẽ trong khâu tuyển sinh"
          " và quản lý học viên năm 2027."),
        Raw(RIGHT.format("<strong>Thanh Tâm</strong>")),
    ],
    authors=["Thanh Tâm"],
    opts={"cats": [2, 3]},
)

S1210 = Story(
    id=1210,
    slug="",
    title="Trường Chính trị tỉnh hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
    cat="Tin hoạt động",
    published_at="2026-11-09T15:30:00+07:00",
    summary="Chiều 09/11/2026, Trường Chính trị tỉnh Sóc Trăng tổ chức buổi sinh hoạt hưởng ứng Ngày"
            " Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam với sự tham gia của toàn thể cán bộ,"
            " giảng viên, nhân viên.",
    sapo_outside=True,
    blocks=[
        P("Tại buổi sinh hoạt, đồng chí Trưởng Khoa Nhà nước và pháp luật đã quán triệt ý nghĩa của Ngày"
          " Pháp luật, giới thiệu các văn bản luật mới có hiệu lực trong năm 2026 liên quan đến cán bộ,"
          " công chức, viên chức."),
        P("Dịp này, Trường phát động cán bộ, giảng viên tham gia cuộc thi trực tuyến tìm hiểu pháp luật"
          " do Sở Tư pháp tỉnh tổ chức, góp phần nâng cao ý thức chấp hành pháp luật trong cơ quan."),
        Raw(RIGHT.format("<strong>Kim Ngân</strong>")),
    ],
    authors=["Kim Ngân"],
    opts={"cats": [2], "dup_sapo": True},
)

S1219 = Story(
    id=1219,
    slug="",
    title="Công đoàn Trường tổ chức Hội thao chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin hoạt động",
    published_at="2026-11-18T17:10:00+07:00",
    blocks=[
        P("Nhằm chào mừng 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), từ ngày 16 đến"
          " 18/11/2026, Công đoàn Trường Chính trị tỉnh tổ chức Hội thao với các môn bóng chuyền hơi,"
          " kéo co và cờ tướng."),
        Img(f"{IMG}/2026/11/hoithao_2011_01.jpg", "Trận chung kết môn bóng chuyền hơi",
            "Trận chung kết môn bóng chuyền hơi", style="table"),
        P("Hội thao thu hút gần 60 vận động viên là đoàn viên công đoàn của 4 khoa, 2 phòng. Các trận"
          " đấu diễn ra sôi nổi, đoàn kết, tạo không khí vui tươi trong toàn Trường."),
        Img(f"{IMG}/2026/11/hoithao_2011_02.jpg", "Môn kéo co nữ", "Môn kéo co nữ", style="table"),
        P("Kết thúc hội thao, Ban Tổ chức trao 12 giải cho các tập thể và cá nhân đạt thành tích cao."),
        Raw(RIGHT.format("<strong>Tin: Thanh Tâm - Ảnh: Quốc Bảo</strong>")),
    ],
    authors=["Thanh Tâm"],
    photographers=["Quốc Bảo"],
    opts={"cats": [2], "old_slug": "Hoi-thao-chao-mung-ngay-Nha-giao-Viet-Nam-20-11"},
)

S1224 = Story(
    id=1224,
    slug="",
    title="Giảng viên Trường đạt giải Nhất Hội thi giảng viên dạy giỏi cấp tỉnh năm 2026",
    cat="Tin hoạt động",
    published_at="2026-11-25T08:45:00+07:00",
    summary="Tại Hội thi giảng viên dạy giỏi cấp tỉnh năm 2026, cô Thạch Thị Sô Phia, giảng viên Khoa Lý"
            " luận cơ sở đã xuất sắc đạt giải Nhất.",
    sapo_outside=True,
    blocks=[
        P("Hội thi do Sở Nội vụ phối hợp Trường Chính trị tỉnh tổ chức từ ngày 20 đến 24/11/2026, với 31"
          " giảng viên của Trường và các Trung tâm Chính trị cấp huyện tham gia."),
        Img(f"{IMG}/2026/11/hoithi_gvdg.jpg", "Ban Tổ chức trao giải Nhất cho giảng viên Thạch Thị Sô Phia",
            "Ban Tổ chức trao giải Nhất cho giảng viên Thạch Thị Sô Phia", style="em"),
        P("Với bài giảng “Xây dựng khối đại đoàn kết dân tộc ở vùng đồng bào Khmer”, cô Sô Phia đã vận"
          " dụng sinh động phương pháp nêu vấn đề, liên hệ thực tiễn của tỉnh và được Ban Giám khảo"
          " đánh giá cao."),
        Raw(RIGHT.format("<strong>Kim Ngân</strong>")),
    ],
    authors=["Kim Ngân"],
    opts={
        "cats": [2],
        "comments": [
            ("Nguyễn Hoàng Phúc", "11/25/2026 7:12:00 PM",
             "Chúc mừng cô Sô Phia, bài giảng rất hay và gần gũi với học viên."),
            ("Danh Sa Rinh", "11/26/2026 6:40:00 AM",
             "Tự hào về giảng viên của Trường. Mong Trường tiếp tục có nhiều thành tích hơn nữa."),
        ],
    },
)

S1229 = Story(
    id=1229,
    slug="",
    title="Hội nghị tổng kết công tác nghiên cứu khoa học năm 2026",
    cat="Nghiên cứu khoa học",
    published_at="2026-11-27T11:00:00+07:00",
    blocks=[
        P("Sáng 27/11/2026, Trường Chính trị tỉnh Sóc Trăng tổ chức Hội nghị tổng kết công tác nghiên"
          " cứu khoa học năm 2026, triển khai phương hướng, nhiệm vụ năm 2027."),
        P("Theo báo cáo, trong năm Trường đã nghiệm thu 2 đề tài cấp tỉnh, 9 đề tài cấp cơ sở, tổ chức 3"
          " hội thảo khoa học và có 27 bài viết đăng trên các tạp chí chuyên ngành."),
        P("Hội nghị đã khen thưởng 6 cá nhân có thành tích xuất sắc trong hoạt động nghiên cứu khoa học"
          " năm 2026."),
        Raw(RIGHT.format("<strong>Thạch Sô Phane</strong>")),
        Raw(RIGHT.format("<em>Nguồn: Báo Sóc Trăng</em>")),
    ],
    authors=["Thạch Sô Phane"],
    source="Báo Sóc Trăng",
    opts={"cats": [4]},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="text-align:center;width:45%">TỈNH ỦY SÓC TRĂNG<br /><strong>TRƯỜNG CHÍNH TRỊ</strong>'
    "<br />*<br />Số: 215-TB/TCT</td>"
    '<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br />'
    "<em>Sóc Trăng, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>Tuyển sinh lớp Cao cấp lý luận'
    " chính trị hệ không tập trung năm 2027</strong></p><p>&nbsp;</p>"
)
_CLOSING = (
    '<table border="0" style="width:100%"><tbody><tr><td style="vertical-align:top;width:50%">'
    "<strong><em>Nơi nhận:</em></strong><br />- Ban Tổ chức Tỉnh ủy;<br />- Các huyện, thị, thành ủy,"
    " đảng ủy trực thuộc;<br />- Lưu VT, P.QLĐT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong>'
    "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Văn Hùng</strong></td></tr></tbody></table>"
    '<p><img src="/DesktopModules/DnnForge - NewsArticles/Images/ico_pdf.gif" alt="" /> Tệp đính kèm: '
    f'<a href="{IMG}/files/TB_215_TCT.pdf">TB_215_TCT.pdf</a></p>'
)
S1215 = Story(
    id=1215,
    slug="",
    title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P("Thực hiện kế hoạch đào tạo năm 2027 của Học viện Chính trị khu vực IV, Trường Chính trị tỉnh"
          " Sóc Trăng thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung như sau:"),
        P("1. Đối tượng: cán bộ lãnh đạo, quản lý thuộc diện quy hoạch theo quy định của Ban Tổ chức"
          " Trung ương."),
        P("2. Hồ sơ gồm: quyết định cử đi học, bản sao bằng tốt nghiệp đại học, giấy chứng nhận sức khỏe."),
        P("3. Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026 tại Phòng Quản lý đào tạo -"
          " Nghiên cứu khoa học."),
        P("Đề nghị các cơ quan, đơn vị quan tâm, cử cán bộ tham gia học tập đúng thời gian quy định."),
        Raw(_CLOSING),
    ],
    authors=["Trần Văn Hùng"],
    opts={"cats": [5], "printed": "2026-12-01T07:45"},
)

S1233 = Story(
    id=1233,
    slug="",
    title="Lịch học lớp Trung cấp lý luận chính trị - hành chính khóa 45 tháng 12/2026",
    cat="Thông báo",
    published_at="2026-12-02",
    blocks=[
        P("Phòng Quản lý đào tạo - Nghiên cứu khoa học thông báo lịch học của lớp Trung cấp lý luận chính"
          " trị - hành chính khóa 45 (hệ tập trung) trong tháng 12/2026 như sau:"),
        P("Ngày | Buổi | Học phần | Giảng viên", "tr"),
        P("07/12/2026 | Sáng | Kinh tế chính trị Mác - Lênin | ThS. Lê Văn Tấn", "tr"),
        P("08/12/2026 | Cả ngày | Xây dựng Đảng về tổ chức | ThS. Nguyễn Thị Bích Ngọc", "tr"),
        P("14/12/2026 | Chiều | Quản lý hành chính nhà nước | TS. Huỳnh Thanh Phong", "tr"),
        P("Học viên có mặt tại phòng học A2 trước giờ học 15 phút."),
        Raw(RIGHT.format("<strong>BBT</strong>")),
    ],
    opts={"cats": [5]},
)

S1236 = Story(
    id=1236,
    slug="",
    title="Tọa đàm “Nâng cao chất lượng sinh hoạt chi bộ” tại Đảng bộ Trường Chính trị tỉnh",
    cat="Tin hoạt động",
    published_at="2026-12-04T14:00:00+07:00",
    blocks=[
        P("Chiều 03/12/2026, Đảng ủy Trường Chính trị tỉnh tổ chức tọa đàm “Nâng cao chất lượng sinh hoạt"
          " chi bộ” với sự tham gia của bí thư, phó bí thư 6 chi bộ trực thuộc.", "br1"),
        P("Các đại biểu đã trao đổi kinh nghiệm chuẩn bị nội dung sinh hoạt, cách điều hành để phát huy"
          " dân chủ, tự phê bình và phê bình trong chi bộ.", "br1"),
        Img(f"{IMG}/2026/12/toadam_chibo.jpg", "Các đại biểu tham gia tọa đàm",
            "Các đại biểu tham gia tọa đàm", style="em"),
        P("Kết luận tọa đàm, đồng chí Bí thư Đảng ủy đề nghị các chi bộ lựa chọn chuyên đề sát với nhiệm"
          " vụ chính trị của từng khoa, phòng trong năm 2027."),
        Raw(RIGHT.format("<em>Văn phòng Đảng ủy</em>")),
    ],
    authors=["Văn phòng Đảng ủy"],
    opts={"cats": [2]},
)

STORIES = [S1187, S1191, S1194, S1198, S1203, S1206, S1210, S1219, S1224, S1229, S1215, S1233, S1236]
for _s in STORIES:
    _s.slug = slugify(_s.title)
BY_ID = {s.id: s for s in STORIES}


def printed_iso(s: Story) -> str:
    """The publication date the module stores (what [PUBLISHSTARTDATE] prints)."""
    return s.opts.get("printed") or s.published_at


def _sort_key(s: Story) -> str:
    return printed_iso(s)[:16]


NEWEST = sorted(STORIES, key=_sort_key, reverse=True)


def art_path(s: Story, slug: str | None = None, page_id: int | None = None) -> str:
    mid = f"/PageID/{page_id}" if page_id else ""
    return f"{TAB}/articleType/ArticleView/articleId/{s.id}{mid}/{slug or s.slug}.aspx"


def print_href(s: Story) -> str:
    return f"{DM}/Print.aspx?tabid=57&amp;tabmoduleid=389&amp;articleId={s.id}&amp;moduleId=412&amp;PortalID=0"


def print_path(s: Story) -> str:
    return f"{DM_ENC}/Print.aspx?tabid=57&tabmoduleid=389&articleId={s.id}&moduleId=412&PortalID=0"


def cat_path(c: int, page: int = 1) -> str:
    if page > 1:
        return f"{TAB}/articleType/CategoryView/categoryId/{c}/currentpage/{page}.aspx"
    return f"{TAB}/articleType/CategoryView/categoryId/{c}/{CATS[c][1]}.aspx"


def archive_path(m: int, y: int = 2026, page: int = 1) -> str:
    tail = f"/currentpage/{page}" if page > 1 else ""
    return f"{TAB}/articleType/ArchiveView/month/{m}/year/{y}{tail}.aspx"


def thumb(src: str, w: int = 100, h: int = 75) -> str:
    fname = quote(src.removeprefix("/Portals/0/"), safe="")
    return (f"{DM}/ImageHandler.ashx?Width={w}&amp;Height={h}&amp;HomeDirectory=%2fPortals%2f0%2f"
            f"&amp;FileName={fname}&amp;PortalID=0&amp;q=1")


def lead_image(s: Story) -> str:
    imgs = s.images
    return imgs[0].src if imgs else f"{IMG}/no_image_tct.jpg"


def teaser(s: Story) -> str:
    if s.summary:
        return s.summary
    first = s.paragraphs[0]
    words = first.split()
    return " ".join(words[:28]) + ("..." if len(words) > 28 else "")


def month_of(s: Story) -> int:
    return int(printed_iso(s)[5:7])


# --- rendering of [DETAILS] ------------------------------------------------------------------


def render_img(img: Img) -> str:
    alt = esc(img.caption or "hinh anh")
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" class="tct-anh" '
            'style="width:500px"><tbody><tr><td><img alt="{alt}" src="{src}" style="width:500px;height:333px" />'
            '</td></tr><tr><td style="text-align:center;background:#eee"><span style="font-size:11px">'
            "<em>{cap}</em></span></td></tr></tbody></table>"
        ).format(alt=alt, src=esc(img.src), cap=esc(img.printed or ""))
    if img.style in ("em", "center"):
        return (
            f'<p style="text-align:center"><img alt="{alt}" src="{esc(img.src)}" style="width:480px" /></p>'
            f'<p style="text-align:center"><em>{esc(img.printed or "")}</em></p>'
        )
    long_alt = "Các đảng viên Chi bộ Khoa Lý luận cơ sở tham gia sinh hoạt chuyên đề tại phòng họp B"
    return f'<div style="text-align:center"><img src="{esc(img.src)}" alt="{esc(long_alt)}" width="480" /></div>'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(b))
            i += 1
            continue
        group_style = b.style
        if group_style in ("br", "br1", "li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == group_style:
                j += 1
            texts = [blocks[k].text for k in range(i, j)]
            if group_style == "br":
                out.append('<div style="text-align: justify;"><span style="font-size:14px;">'
                           + "<br />\n<br />\n".join(esc(t) for t in texts) + "<br />\n&nbsp;</span></div>")
            elif group_style == "br1":
                out.append('<p style="text-align: justify;">' + "<br />\n".join(esc(t) for t in texts) + "</p>")
            elif group_style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in texts) + "</ul>")
            else:
                rows = []
                for k, t in enumerate(texts):
                    tag = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in t.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                           'border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>")
            i = j
            continue
        if group_style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif group_style == "mso":
            out.append('<p class="MsoNormal" style="text-align:justify;text-indent:36pt"><span '
                       "style=\"font-size:13.0pt;font-family:'Times New Roman','serif'\">"
                       f"{esc(b.text)}<o:p></o:p></span></p>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu.aspx", [("Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh.aspx"),
                                        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.aspx")]),
    ("Tin tức", "/tin-tuc.aspx", [(CATS[c][0], cat_path(c)) for c in CATS]),
    ("Thư viện ảnh", "/thu-vien-anh.aspx", []),
    ("Liên hệ", "/lien-he.aspx", []),
]


def menu_html(active: str) -> str:
    items = []
    for idx, (label, href, subs) in enumerate(MENU):
        cls = "topLevel mnu" + str(idx) + (" active" if label == active else "")
        sub = ""
        if subs:
            sub = '<ul class="subLevel">' + "".join(
                f'<li class="item"><a href="{h}"><span>{esc(t)}</span></a></li>' for t, h in subs) + "</ul>"
        items.append(f'<li class="{cls}"><a href="{href}"><span>{esc(label)}</span></a>{sub}</li>')
    return '<div id="dnn_dnnMENU" class="tct_menu"><ul class="topLevel">' + "".join(items) + "</ul></div>"


def container(mid: int, title: str, inner: str, module: str = "DnnForge-NewsArticles") -> str:
    return (
        f'<div class="DnnModule DnnModule-{module} DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="tct_khung"><h2 class="tct_khung_tieude"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" '
        f'class="Head">{esc(title)}</span></h2><div id="dnn_ctr{mid}_ContentPane" class="tct_khung_nd">'
        f"<!-- Start_Module_{mid} --><div id=\"dnn_ctr{mid}_ModuleContent\" class=\"DNNModuleContent "
        f'Mod{module.replace("-", "")}C">{inner}</div><!-- End_Module_{mid} --></div></div></div>'
    )


def archive_box() -> str:
    rows = []
    for m in (12, 11, 10):
        n = sum(1 for s in STORIES if month_of(s) == m)
        rows.append(f'<tr><td class="Normal"><a href="{archive_path(m)}">Tháng {m}/2026</a> ({n})</td></tr>')
    return container(415, "Lưu trữ", '<table cellspacing="0" class="tct_luutru" style="width:100%">'
                     + "".join(rows) + "</table>", "DnnForge-NewsArchives")


def category_box() -> str:
    rows = "".join(
        f'<div class="dm_item"><a href="{cat_path(c)}">{esc(name)}</a> '
        f'({sum(1 for s in STORIES if c in s.opts["cats"])})</div>'
        for c, (name, _) in CATS.items()
    )
    return container(416, "Chuyên mục", rows, "DnnForge-NewsArchives")


def latest_box(exclude: int | None = None) -> str:
    items = []
    for s in [x for x in NEWEST if x.id != exclude][:3]:
        items.append(
            f'<div class="tmn_item"><a href="{art_path(s)}"><img src="{thumb(lead_image(s))}" '
            f'alt="{esc(s.title)}" class="tmn_anh" /></a><div class="tmn_tieude"><a href="{art_path(s)}">'
            f'{esc(s.title)}</a></div><p class="tmn_tomtat">{esc(teaser(s))}</p></div>'
        )
    return container(417, "Tin mới nhất", "".join(items), "DnnForge-NewsArticles-Latest")


def side_chrome() -> str:
    counter = (
        '<div class="tct_thongke"><table><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td>'
        "<td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.509</td></tr></table></div>"
    )
    poll = (
        '<div class="tct_binhchon"><p>Bạn đánh giá thế nào về giao diện website mới của Trường?</p>'
        '<input type="radio" name="dnn$ctr420$poll" value="1" /> Đẹp, dễ sử dụng<br />'
        '<input type="radio" name="dnn$ctr420$poll" value="2" /> Bình thường<br />'
        '<input type="radio" name="dnn$ctr420$poll" value="3" /> Cần cải tiến<br />'
        '<input type="submit" name="dnn$ctr420$btnVote" value="Bình chọn" /></div>'
    )
    links = (
        '<select onchange="window.open(this.value)"><option>-- Liên kết website --</option>'
        '<option value="https://www.soctrang.gov.vn">Cổng TTĐT tỉnh Sóc Trăng</option>'
        '<option value="https://hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="https://baosoctrang.org.vn">Báo Sóc Trăng</option></select>'
    )
    return (container(418, "Thống kê truy cập", counter, "Counter")
            + container(420, "Thăm dò ý kiến", poll, "Poll")
            + container(421, "Liên kết", links, "Links"))


def page(request: Request, *, title: str, crumbs: list[tuple[str, str]], content: str, right: str,
         active: str = "Tin tức", description: str = "", extra_head: str = "") -> Response:
    crumb = ' <span class="sep">»</span> '.join(
        ['<a href="/" class="SkinObject">Trang chủ</a>']
        + [f'<a href="{h}" class="SkinObject">{esc(t)}</a>' for t, h in crumbs]
    )
    action = request.path + (f"?{request.query}" if request.query else "")
    vs = opaque("vs" + request.target, 540)
    doc = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<title>{esc(title)}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{esc(description or SITE_NAME)}" />
<meta id="MetaKeywords" name="KEYWORDS" content="Trường Chính trị, Sóc Trăng, lý luận chính trị,DotNetNuke,DNN" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Portals/_default/default.css?cdv=41" type="text/css" rel="stylesheet"/>
<link href="{DM}/module.css?cdv=41" type="text/css" rel="stylesheet"/>
<link href="/Portals/0/Skins/TCT_SocTrang/skin.css?cdv=41" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=41" type="text/javascript"></script>
{extra_head}
<link rel="SHORTCUT ICON" href="/Portals/0/favicon.ico?ver=2016-05-11-101010-000" type="image/x-icon" />
</head>
<body id="Body">
<form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=635802997220000000" type="text/javascript"></script>
<div id="dnn_wrapper" class="tct_wrapper">
<div class="tct_top"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{HEADER_DATE}</span>
<div class="tct_login"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" href="/dang-nhap.aspx">Đăng nhập</a></div></div>
<div class="tct_banner"><a id="dnn_dnnLOGO_hypLogo" title="{SITE_NAME}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner_tct_2016.png" alt="{SITE_NAME}" /></a></div>
{menu_html(active)}
<div class="tct_duongdan"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb">{crumb}</span></div>
<div class="tct_noidung">
<div id="dnn_ContentPane" class="tct_cot_giua">{content}</div>
<div id="dnn_RightPane" class="tct_cot_phai">{right}{side_chrome()}</div>
</div>
<div class="tct_footer"><div id="dnn_FooterPane">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH SÓC TRĂNG</strong><br />Địa chỉ: Số 124 đường Lê Hồng Phong, Phường 3,
thành phố Sóc Trăng, tỉnh Sóc Trăng<br />Điện thoại: 0299.3822.345 - Fax: 0299.3821.617 - Email:
truongchinhtri@soctrang.gov.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Sóc Trăng</p></div>
<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2026 by Trường Chính trị tỉnh Sóc Trăng</span>
| <a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="/Terms.aspx">Điều khoản sử dụng</a>
| <a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="/Privacy.aspx">Chính sách bảo mật</a>
</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`}}" />
</form>
</body>
</html>"""
    return html(doc, headers={
        "Server": "Microsoft-IIS/8.5",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
        "Cache-Control": "private",
        "Set-Cookie": "dnn_IsMobile=False; path=/; HttpOnly",
    })


def module_menu() -> str:
    return (
        '<div class="Normal tct_nam_menu" style="text-align:right"><a href="/tin-tuc.aspx">Tin mới</a> | '
        f'<a href="{TAB}/articleType/Categories.aspx">Chuyên mục</a> | '
        f'<a href="{TAB}/articleType/Search.aspx">Tìm kiếm</a> | '
        f'<a href="{DM}/Rss.aspx?TabID=57&amp;ModuleID=412&amp;MaxCount=25" target="_blank">'
        f'<img src="{DM}/Images/rssbutton.gif" alt="RSS" /></a></div>'
    )


# --- listings --------------------------------------------------------------------------------


def listing_item(s: Story) -> str:
    return (
        '<table class="tct_ds_tin" cellpadding="0" cellspacing="0" width="100%"><tr>'
        f'<td class="ds_anh" valign="top"><a href="{art_path(s)}"><img src="{thumb(lead_image(s), 120, 90)}" '
        'border="0" alt="" /></a></td><td valign="top">'
        f'<a class="ds_tieude" href="{art_path(s)}">{esc(s.title)}</a>'
        f'<div class="ds_ngay">({vn_day(printed_iso(s))})</div>'
        f'<div class="ds_tomtat Normal">{esc(teaser(s))}</div>'
        f'<a class="ds_xemtiep" href="{art_path(s)}">Xem tiếp »</a></td></tr></table>'
    )


def pager(cur: int, total: int, link) -> str:
    if total <= 1:
        return ""
    parts = [f'<span class="NormalBold">Trang {cur} / {total}</span>&nbsp;']
    if cur > 1:
        parts.append(f'<a href="{link(1)}" class="CommandButton">« Đầu</a> '
                     f'<a href="{link(cur - 1)}" class="CommandButton">‹ Trước</a> ')
    for n in range(1, total + 1):
        parts.append(f'<span class="NormalBold">[{n}]</span> ' if n == cur
                     else f'<a href="{link(n)}" class="CommandButton">{n}</a> ')
    if cur < total:
        parts.append(f'<a href="{link(cur + 1)}" class="CommandButton">Sau ›</a> '
                     f'<a href="{link(total)}" class="CommandButton">Cuối »</a>')
    return '<div class="tct_phantrang">' + "".join(parts) + "</div>"


def listing_page(request: Request, heading: str, stories: list[Story], cur: int, size: int, link,
                 crumbs: list[tuple[str, str]], title: str) -> Response | None:
    total = max(1, (len(stories) + size - 1) // size)
    if cur < 1 or cur > total:
        return None
    chunk = stories[(cur - 1) * size: cur * size]
    inner = (module_menu() + f'<div class="tct_ds_ten">{esc(heading)}</div>'
             + "".join(listing_item(s) for s in chunk) + pager(cur, total, link))
    return page(request, title=title, crumbs=crumbs, content=container(412, "Tin tức - Sự kiện", inner),
                right=archive_box() + category_box() + latest_box())


def category_view(request: Request, c: int, cur: int) -> Response | None:
    if c not in CATS:
        return None
    name = CATS[c][0]
    items = [s for s in NEWEST if c in s.opts["cats"]]
    return listing_page(request, name, items, cur, CAT_PAGE, lambda n: cat_path(c, n),
                        [("Tin tức", "/tin-tuc.aspx"), (name, cat_path(c))], f"{name} > Tin tức")


def archive_view(request: Request, m: int, y: int, cur: int) -> Response | None:
    items = [s for s in NEWEST if y == 2026 and month_of(s) == m]
    if not items:
        return None
    return listing_page(request, f"Lưu trữ tháng {m}/{y}", items, cur, ARCHIVE_PAGE,
                        lambda n: archive_path(m, y, n),
                        [("Tin tức", "/tin-tuc.aspx"), (f"Tháng {m}/{y}", archive_path(m, y))],
                        f"Lưu trữ tháng {m}/{y} > Tin tức")


# --- the article view ------------------------------------------------------------------------

RELATED = {
    1187: [1194, 1206],
    1191: [1187, 1203, 1229],
    1194: [1187, 1206],
    1198: [1236, 1210],
    1203: [1191, 1229],
    1206: [1187, 1194, 1224],
    1210: [1198, 1219],
    1219: [1224, 1210],
    1224: [1219, 1236, 1206],
    1229: [1191, 1203],
    1215: [1233, 1187],
    1233: [1215, 1194],
    1236: [1198, 1210],
}
#: related lists that still link the article under its slug from before a title edit
OLD_SLUG_LINKS = {(1224, 1219), (1191, 1187)}


def details_html(s: Story, page_id: int | None) -> tuple[str, str]:
    pages = s.opts.get("pages")
    if not pages:
        body = render_blocks(s.blocks)
        if s.opts.get("dup_sapo"):
            body = f'<p style="text-align: justify;">{esc(s.summary)}</p>\n' + body
        return body, ""
    idx = next((k for k, (pid, _, _) in enumerate(pages) if pid == page_id), 0)
    body = render_blocks(pages[idx][2])
    if idx == 0 and s.opts.get("top_byline"):
        body = RIGHT.format(s.opts["top_byline"]) + body
    nav = ['<div class="nd_cactrang"><span class="NormalBold">Trang: </span>']
    for k, (pid, ptitle, _) in enumerate(pages):
        if k == idx:
            nav.append(f'<span class="NormalBold">{esc(ptitle)}</span>')
        else:
            nav.append(f'<a href="{art_path(s, page_id=pid)}" class="CommandButton">{esc(ptitle)}</a>')
        if k < len(pages) - 1:
            nav.append(" | ")
    if idx < len(pages) - 1:
        nav.append(f' &nbsp; <a href="{art_path(s, page_id=pages[idx + 1][0])}">Trang sau »</a>')
    nav.append("</div>")
    return body, "".join(nav)


def comments_html(s: Story) -> str:
    cmts = s.opts.get("comments", [])
    rows = "".join(
        f'<div class="bl_item"><div class="bl_ten">Gửi bởi <b>{esc(n)}</b> lúc {d}</div>'
        f'<div class="bl_nd Normal">{esc(t)}</div></div>' for n, d, t in cmts
    )
    form = (
        '<div class="bl_gui"><div class="NormalBold">Gửi ý kiến của bạn</div>'
        '<input name="dnn$ctr412$ViewArticle$ucPostComment$txtName" type="text" placeholder="Họ tên" />'
        '<input name="dnn$ctr412$ViewArticle$ucPostComment$txtEmail" type="text" placeholder="Email" />'
        '<textarea name="dnn$ctr412$ViewArticle$ucPostComment$txtComment" rows="4"></textarea>'
        '<input type="submit" name="dnn$ctr412$ViewArticle$ucPostComment$btnAddComment" value="Gửi ý kiến" />'
        "</div>"
    )
    return f'<div class="nd_binhluan"><div class="NormalBold">Ý kiến bạn đọc ({len(cmts)})</div>{rows}{form}</div>'


def article_view(request: Request, s: Story, page_id: int | None) -> Response:
    pages = s.opts.get("pages")
    if page_id and not (pages and any(pid == page_id for pid, _, _ in pages)):
        return None  # type: ignore[return-value]
    body, nav = details_html(s, page_id)
    primary = s.opts["cats"][0]
    cat_links = ", ".join(f'<a href="{cat_path(c)}">{esc(CATS[c][0])}</a>' for c in s.opts["cats"])
    sapo = f'<div class="nd_tomtat"><strong>{esc(s.summary)}</strong></div>' if s.summary and s.sapo_outside else ""
    updated = (f'<div class="nd_capnhat"><em>Cập nhật lần cuối: {s.opts["updated"]}</em></div>'
               if s.opts.get("updated") else "")
    related = []
    for rid in RELATED[s.id]:
        r = BY_ID[rid]
        slug = r.opts["old_slug"] if (s.id, rid) in OLD_SLUG_LINKS else r.slug
        related.append(f'<li><a href="{art_path(r, slug)}">{esc(r.title)}</a> '
                       f'<span class="tlq_ngay">({us_date(printed_iso(r)).split(" ")[0]})</span></li>')
    others = [x for x in NEWEST if x.id != s.id and primary in x.opts["cats"]][:4]
    tools = (
        '<div class="nd_congcu">'
        f'<a href="{print_href(s)}" target="_blank" rel="nofollow"><img src="{DM}/Images/print.gif" alt="" /> In bài</a> '
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={quote(art_path(s))}"><img src="{DM}/Images/email.gif" alt="" /> Gửi email</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + art_path(s), safe="")}" '
        'target="_blank"><img src="/Portals/0/Skins/TCT_SocTrang/images/fb_share.png" alt="Chia sẻ" /></a></div>'
    )
    rating = (f'<div class="nd_danhgia">Đánh giá: <img src="{DM}/Images/Rating/stars-4-0.gif" alt="4" /> '
              f'({(s.id % 7) + 3} lượt)</div>')
    tags = f'<div class="nd_tukhoa">Từ khóa: <span>{esc(CATS[primary][0])}</span>, <span>Trường Chính trị</span></div>'
    inner = (
        module_menu()
        + '<div class="tct_ndtin">'
        + f'<h1 class="nd_tieude">{esc(s.title)}</h1>'
        + f'<div class="nd_thongtin"><span class="nd_ngay">Đăng ngày: {us_date(printed_iso(s))}</span> | '
        f'<span class="nd_nguoidang">Đăng bởi: bientap01</span> | <span>Lượt xem: {s.views()}</span> | '
        f"<span>Chuyên mục: {cat_links}</span></div>"
        + sapo
        + f'<div class="nd_noidung"><div class="Normal" id="dnn_ctr412_ViewArticle_articleBody">{body}</div></div>'
        + nav + updated + tags + rating + tools
        + comments_html(s)
        + '<div class="nd_tinlienquan"><div class="NormalBold">Tin liên quan</div><ul>' + "".join(related) + "</ul></div>"
        + '<div class="nd_tinkhac"><div class="NormalBold">Các tin khác</div><ul>'
        + "".join(f'<li><a href="{art_path(o)}">{esc(o.title)}</a></li>' for o in others) + "</ul></div>"
        + "</div>"
    )
    crumbs = [("Tin tức", "/tin-tuc.aspx"), (CATS[primary][0], cat_path(primary))]
    og = (f'<meta property="og:title" content="{esc(s.title)}" />'
          f'<meta property="og:image" content="{base_url(request)}{quote(lead_image(s))}" />')
    return page(request, title=f"{s.title} > Tin tức", crumbs=crumbs,
                content=container(412, "Tin tức - Sự kiện", inner),
                right=archive_box() + category_box() + latest_box(s.id),
                description=s.summary or teaser(s), extra_head=og)


def print_view(s: Story) -> Response:
    pages = s.opts.get("pages")
    if pages:
        parts = []
        for k, (_, _, blocks) in enumerate(pages):
            if k == 0 and s.opts.get("top_byline"):
                parts.append(RIGHT.format(s.opts["top_byline"]))
            parts.append(render_blocks(blocks))
        body = "\n".join(parts)
    else:
        body, _ = details_html(s, None)
    sapo = f'<p><strong>{esc(s.summary)}</strong></p>' if s.summary and s.sapo_outside else ""
    doc = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{esc(s.title)}</title>'
        f'<link href="{DM}/module.css" rel="stylesheet" /></head>'
        '<body onload="window.print()" class="Print"><table width="100%"><tr><td>'
        f'<img src="/Portals/0/banner_tct_2016.png" alt="" /><h1 class="Head">{esc(s.title)}</h1>'
        f'<div class="Normal">{us_date(printed_iso(s))}</div>{sapo}<div class="Normal">{body}</div>'
        f"</td></tr></table></body></html>"
    )
    return html(doc, headers={"Server": "Microsoft-IIS/8.5", "X-Powered-By": "ASP.NET"})


# --- other pages -----------------------------------------------------------------------------

STATIC_PAGES = {
    "/gioi-thieu.aspx": ("Giới thiệu", [("Giới thiệu", "/gioi-thieu.aspx")], (
        "<p>Trường Chính trị tỉnh Sóc Trăng là cơ quan trực thuộc Tỉnh ủy Sóc Trăng, có chức năng tham mưu"
        " và tổ chức thực hiện công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị"
        " ở cơ sở.</p><p>Trường có 4 khoa chuyên môn và 2 phòng chức năng với 58 cán bộ, giảng viên.</p>"
        '<ul><li><a href="/gioi-thieu/lich-su-hinh-thanh.aspx">Lịch sử hình thành</a></li>'
        '<li><a href="/gioi-thieu/co-cau-to-chuc.aspx">Cơ cấu tổ chức</a></li></ul>')),
    "/gioi-thieu/lich-su-hinh-thanh.aspx": ("Lịch sử hình thành", [("Giới thiệu", "/gioi-thieu.aspx"),
                                            ("Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh.aspx")], (
        "<p>Tiền thân của Trường là Trường Đảng tỉnh Sóc Trăng, được thành lập năm 1992 khi tỉnh Sóc"
        " Trăng được tái lập.</p><p>Năm 1996, Trường được đổi tên thành Trường Chính trị tỉnh Sóc Trăng."
        " Năm 2022, Trường được công nhận đạt chuẩn mức 1 theo Quy định 09-QĐ/TW.</p>")),
    "/gioi-thieu/co-cau-to-chuc.aspx": ("Cơ cấu tổ chức", [("Giới thiệu", "/gioi-thieu.aspx"),
                                        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.aspx")], (
        '<table border="1" style="width:100%"><tr><th>Đơn vị</th><th>Trưởng đơn vị</th></tr>'
        "<tr><td>Khoa Lý luận cơ sở</td><td>ThS. Lê Văn Tấn</td></tr>"
        "<tr><td>Khoa Xây dựng Đảng</td><td>ThS. Nguyễn Thị Bích Ngọc</td></tr>"
        "<tr><td>Khoa Nhà nước và pháp luật</td><td>TS. Huỳnh Thanh Phong</td></tr>"
        "<tr><td>Khoa Dân vận</td><td>ThS. Trần Thị Mỹ Linh</td></tr>"
        "<tr><td>Phòng Tổ chức - Hành chính</td><td>CN. Đỗ Văn Lộc</td></tr>"
        "<tr><td>Phòng Quản lý đào tạo - Nghiên cứu khoa học</td><td>ThS. Phan Thị Hồng</td></tr></table>")),
    "/lien-he.aspx": ("Liên hệ", [("Liên hệ", "/lien-he.aspx")], (
        "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH SÓC TRĂNG</strong></p><p>Địa chỉ: Số 124 đường Lê Hồng Phong,"
        " Phường 3, thành phố Sóc Trăng</p><p>Điện thoại: 0299.3822.345</p>"
        '<div class="lh_form"><input type="text" name="dnn$ctr430$txtHoTen" /><textarea name="dnn$ctr430$txtNoiDung">'
        '</textarea><input type="submit" name="dnn$ctr430$btnGui" value="Gửi liên hệ" /></div>')),
    "/thu-vien-anh.aspx": ("Thư viện ảnh", [("Thư viện ảnh", "/thu-vien-anh.aspx")], (
        '<div class="tva_album"><div class="tva_ten">Hoạt động năm 2026</div>'
        + "".join(f'<a href="/Portals/0/Gallery/2026/anh_{k:02d}.jpg" rel="lightbox[album2026]" title="Ảnh hoạt động {k}">'
                  f'<img src="/Portals/0/Gallery/2026/_thumbs/anh_{k:02d}.jpg" alt="" /></a>' for k in range(1, 7))
        + "</div>")),
    "/Terms.aspx": ("Điều khoản sử dụng", [("Điều khoản sử dụng", "/Terms.aspx")], (
        "<p>Mọi thông tin trên website thuộc bản quyền của Trường Chính trị tỉnh Sóc Trăng. Khi sử dụng lại"
        " thông tin, đề nghị ghi rõ nguồn.</p>")),
    "/Privacy.aspx": ("Chính sách bảo mật", [("Chính sách bảo mật", "/Privacy.aspx")], (
        "<p>Trường Chính trị tỉnh Sóc Trăng cam kết bảo mật thông tin cá nhân người dùng đăng ký tài khoản"
        " trên website.</p>")),
}
NON_ARTICLE_PATHS = [
    "/gioi-thieu.aspx",
    "/gioi-thieu/lich-su-hinh-thanh.aspx",
    "/gioi-thieu/co-cau-to-chuc.aspx",
    "/lien-he.aspx",
    "/thu-vien-anh.aspx",
    "/Terms.aspx",
    "/Privacy.aspx",
]


def static_page(request: Request, path: str) -> Response:
    title, crumbs, body = STATIC_PAGES[path]
    active = {"/lien-he.aspx": "Liên hệ", "/thu-vien-anh.aspx": "Thư viện ảnh"}.get(
        path, "Giới thiệu" if path.startswith("/gioi-thieu") else "")
    return page(request, title=f"{title} - {SITE_NAME}", crumbs=crumbs,
                content=container(430, title, f'<div class="Normal">{body}</div>', "HTML"),
                right=latest_box(), active=active)


def home(request: Request) -> Response:
    blocks = []
    for c, n in ((2, 3), (5, 2), (4, 1), (3, 1)):
        items = [s for s in NEWEST if c in s.opts["cats"]][:n]
        rows = "".join(
            f'<div class="tc_tin"><img src="{thumb(lead_image(s))}" alt="" /><a href="{art_path(s)}">'
            f'{esc(s.title)}</a> <span class="tc_ngay">{vn_day(printed_iso(s))}</span>'
            f'<p>{esc(teaser(s))}</p></div>' for s in items)
        more = f'<div class="tc_xemthem"><a href="{cat_path(c)}">Xem thêm »</a></div>'
        blocks.append(container(500 + c, CATS[c][0], rows + more, "DnnForge-NewsArticles-Latest"))
    return page(request, title=SITE_NAME, crumbs=[], content="".join(blocks),
                right=archive_box() + category_box(), active="Trang chủ")


def categories_page(request: Request) -> Response:
    rows = "".join(f'<li><a href="{cat_path(c)}">{esc(n)}</a></li>' for c, (n, _) in CATS.items())
    return page(request, title="Chuyên mục > Tin tức", crumbs=[("Tin tức", "/tin-tuc.aspx")],
                content=container(412, "Tin tức - Sự kiện", module_menu() + f"<ul>{rows}</ul>"),
                right=archive_box() + latest_box())


def search_page(request: Request) -> Response:
    inner = (module_menu() + '<div class="tk_form">Từ khóa: <input type="text" '
             'name="dnn$ctr412$Search$txtSearch" /> <input type="submit" '
             'name="dnn$ctr412$Search$btnSearch" value="Tìm kiếm" /></div>')
    return page(request, title="Tìm kiếm > Tin tức", crumbs=[("Tin tức", "/tin-tuc.aspx")],
                content=container(412, "Tin tức - Sự kiện", inner), right=archive_box() + latest_box())


def login_page(request: Request) -> Response:
    inner = ('<div class="dnnForm"><label>Tên đăng nhập:</label><input type="text" name="dnn$ctr$Login$Login_DNN$txtUsername" />'
             '<label>Mật khẩu:</label><input type="password" name="dnn$ctr$Login$Login_DNN$txtPassword" />'
             '<input type="submit" name="dnn$ctr$Login$Login_DNN$cmdLogin" value="Đăng nhập" /></div>')
    return page(request, title=f"Đăng nhập - {SITE_NAME}", crumbs=[("Đăng nhập", "/dang-nhap.aspx")],
                content=container(440, "Đăng nhập", inner, "Authentication"), right="", active="")


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{art_path(s)}</link>"
        f"<description>{esc(teaser(s))}</description><guid isPermaLink=\"false\">f412-{s.id}</guid></item>"
        for s in NEWEST[:10]
    )
    xml = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin tức - {SITE_NAME}</title>'
           f"<link>{base}/tin-tuc.aspx</link><description>Tin tức</description>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "text/xml; charset=utf-8"})


# --- routing ---------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-tuc/articletype/articleview/articleid/(\d+)(?:/pageid/(\d+))?/[^/]+\.aspx$", re.I)
_CAT = re.compile(r"^/tin-tuc/articletype/categoryview/categoryid/(\d+)/(?:currentpage/(\d+)|[^/]+)\.aspx$", re.I)
_ARCH = re.compile(r"^/tin-tuc/articletype/archiveview/month/(\d+)/year/(\d+)(?:/currentpage/(\d+))?\.aspx$", re.I)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        low = path.lower()
        dm = DM.lower()
        if low.startswith(dm + "/imagehandler.ashx"):
            return static_file("x.jpg")
        if low == dm + "/print.aspx":
            aid = request.params.get("articleId", "")
            s = BY_ID.get(int(aid)) if aid.isdigit() else None
            return print_view(s) if s else None
        if low == dm + "/rss.aspx":
            return rss(request)
        if low.endswith(".pdf") and low.startswith("/portals/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if (resp := static_file(path)) is not None:
            return resp
        if path == "/" or low == "/default.aspx":
            return None if request.query and low == "/default.aspx" else home(request)
        if low == "/tin-tuc.aspx":
            return listing_page(request, "Tin mới", NEWEST[:6], 1, 6, lambda n: "/tin-tuc.aspx",
                                [("Tin tức", "/tin-tuc.aspx")], f"Tin tức - {SITE_NAME}")
        if m := _ART.match(path):
            s = BY_ID.get(int(m.group(1)))
            if s is None:
                return None
            return article_view(request, s, int(m.group(2)) if m.group(2) else None)
        if m := _CAT.match(path):
            return category_view(request, int(m.group(1)), int(m.group(2) or 1))
        if m := _ARCH.match(path):
            return archive_view(request, int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        if low == "/tin-tuc/articletype/categories.aspx":
            return categories_page(request)
        if low == "/tin-tuc/articletype/search.aspx":
            return search_page(request)
        if low == "/dang-nhap.aspx":
            return login_page(request)
        for p in STATIC_PAGES:
            if low == p.lower():
                return static_page(request, p)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [print_path(s)]
    if s.opts.get("old_slug"):
        alts.insert(0, art_path(s, s.opts["old_slug"]))
    alts[:0] = [art_path(s, page_id=pid) for pid, _, _ in s.opts.get("pages") or []]
    return gold_record(s, art_path(s), s.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
NON_ARTICLES = list(NON_ARTICLE_PATHS)

assert len(GOLD) == 13
assert all(collapse(g["title"]) == g["title"] for g in GOLD)
