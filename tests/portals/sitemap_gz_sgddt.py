"""Sở Giáo dục và Đào tạo tỉnh Gia Lai on its new headless site: a Vue 3 single-page front (Vite
build) over a headless CMS, where only the article pages are rendered on the server for SEO.

Platform
--------
The home page, the category pages and the static pages ("Giới thiệu", "Liên hệ", "Văn bản") are
rendered in the browser. Their HTML is a *shell*: the static header (logo, today's date
"Thứ Tư, ngày 25/11/2026", the menu), an empty ``<div id="app"></div>``, a
``<noscript>Vui lòng bật JavaScript …</noscript>``, the Vite bundle
``<script type="module" src="/assets/index-3f2a9c.js">`` and the static footer (address, phone,
visitor counter "Đang online / Hôm nay / Tổng truy cập"). The shell holds NO article link and names
no JSON endpoint; the history-mode router answers every unknown extension-less path with the same
shell (200).

The article pages are server-rendered (full HTML with the text)::

    <div id="app" data-server-rendered="true"> header, breadcrumb (Trang chủ › <category>)
      <article class="post-detail" data-v-5c1e2a7b>
        <a class="chip chip--category" href="/chuyen-muc/<key>">Tin giáo dục</a>
        <h1 class="post-detail__title">…</h1>
        <div class="post-detail__meta"><time datetime="2026-11-19T08:30:00+07:00">08:30 - 19/11/2026</time>
          · 1.234 lượt xem</div>
        <p class="post-detail__sapo"><em><strong>sapo</strong></em></p>     (only some posts)
        <div class="post-detail__content ck-content"> CKEditor 5 HTML: p, h3, ul/ol, blockquote,
          <figure class="image"><img><figcaption>…</figcaption></figure>, <figure class="table"> </div>
        <p class="post-detail__author">Hồng Nhung - Phòng GDMN-TH</p>     (the author field)
        <p class="post-detail__source">Nguồn: Báo Gia Lai</p>
        <div class="post-detail__tags">Từ khóa: …</div>  <div class="share-bar"> Facebook, Zalo,
          Sao chép liên kết, In bài </div>
      </article>
      <nav class="post-nav"> « Bài mới hơn / Bài cũ hơn » </nav>
      <section class="related"> "Bài viết liên quan": 3 links </section>
      <aside> "Tin đọc nhiều", "Thăm dò ý kiến" (poll form), "Liên kết", visitor counter </aside>

The head carries ``<link rel="canonical">`` (absolute), ``<link rel="prev">`` (the next newer post)
and ``<link rel="next">`` (the next older post), Open Graph tags, ``article:published_time`` and a
JSON-LD NewsArticle (datePublished, dateModified later than it, publisher only).

URL scheme
----------
- ``/`` (shell), ``/chuyen-muc/<key>`` (shell: tin-giao-duc, thong-bao, giao-duc-dan-toc,
  chuyen-doi-so), ``/gioi-thieu``, ``/lien-he``, ``/van-ban``, ``/tin-tuc`` (shells).
- ``/tin-tuc/<slug>-<id>``: an article. A known id with another slug answers 301 to the current
  address (the CMS keeps the id, editors edit slugs); an unknown id answers a *soft 404* with
  status 200 ("Không tìm thấy bài viết"), e.g. ``/tin-tuc/khong-ton-tai-999``.
- ``/index.php/tin-tuc/<id>-<slug>.html``: the old Joomla portal's form, 301 to the current address.
- ``/robots.txt``: ``Sitemap: /sitemap_index.xml`` (a relative reference, as printed).
- ``/sitemap_index.xml``: a sitemap index of ``/sitemaps/posts-2026-12.xml`` (plain XML; the
  generator already made December's file and it holds no URL yet), ``/sitemaps/posts-2026-11.xml.gz``
  (gzip bytes served as ``Content-Type: application/gzip``, NOT as a Content-Encoding),
  ``/sitemaps/posts-2026-10.xml.gz`` (``application/x-gzip``) and ``/sitemaps/pages.xml`` (the
  static pages ``/``, ``/gioi-thieu``, ``/lien-he``, ``/van-ban``). Each ``<url>`` has ``<loc>``
  (absolute) and ``<lastmod>`` (ISO with +07:00, the last edit, later than the publication).
- Uploads ``/uploads/2026/<mm>/<file>.jpg``; attachments ``/uploads/files/<file>.pdf``.

How each gold article is reached
--------------------------------
Only through robots.txt -> sitemap index -> the two gzip sitemaps (November and October posts);
from any article, all the others follow by ``rel=prev``/``rel=next`` (one chain, newest to oldest),
the "Bài viết liên quan" lists and "Tin đọc nhiều". Nothing reaches an article from ``/`` by
links alone.

Traps
-----
- Shell pages (home, categories, static pages) look empty to a crawler and link to no article.
- The sitemaps that hold the articles are gzip files without Content-Encoding; the December
  sitemap is an empty ``<urlset>``; ``pages.xml`` lists static shells, not articles.
- ``posts-2026-11.xml.gz`` also lists two old URLs that answer 301 to the current address of
  the same article (an edited slug of post 2845, the old Joomla URL of post 2834); one
  "Bài viết liên quan" link still uses the edited slug.
- ``posts-2026-10.xml.gz`` still lists a deleted post, ``/tin-tuc/khong-ton-tai-999``: a soft
  404 page with status 200.
- ``<lastmod>``, JSON-LD ``dateModified`` and the header's date are not the publication date.
- Bylines: "Hồng Nhung - Phòng GDMN-TH" (a name, then her office), "Tin, ảnh: Ksor H'Bia",
  "Tin: …; Ảnh: CLB Nhiếp ảnh Pleiku" (a club credited as photographer), "BBT" (nobody), a unit
  ("Phòng Giáo dục Trung học"), a degree ("ThS. Trần Quốc Bảo - Trung tâm …", typed in the text
  as a right-aligned line), one post with no byline.
- One post quotes Báo Gia Lai ("Nguồn: Báo Gia Lai").

Gold decisions
--------------
- title: the ``h1`` (the ``<title>`` appends " | Sở GD&ĐT Gia Lai").
- published_at: the ``<time>`` as printed, with its clock: "08:30 - 19/11/2026" ->
  "2026-11-19T08:30:00+07:00".
- summary: the italic bold ``post-detail__sapo`` where printed (also the first body paragraph).
- body: the sapo, then the content's paragraphs, sub-headings, list items, quotes and table rows
  (cells joined by " | ", the header row too); a ``<br>`` splits a paragraph. Not the figcaptions,
  the byline, source, tags, share bar, attachment box, related lists.
- images: the ``<figure class="image">`` photos in order; caption = the figcaption as printed
  (None for a figure without one). The logo, icons, og:image are not article images.
- category: the chip (the breadcrumb says the same).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
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

NAME = "sitemap_gz_sgddt"
PLATFORM = "Vue 3 SPA (Vite) + headless CMS, server-rendered article pages, gzip sitemaps"
START_PATH = "/"

SITE_TITLE = "Sở GD&ĐT Gia Lai"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Gia Lai"
BUNDLE = "/assets/index-3f2a9c.js"
STYLES = "/assets/index-8b1d4e.css"

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "thong-bao": "Thông báo",
    "giao-duc-dan-toc": "Giáo dục dân tộc",
    "chuyen-doi-so": "Chuyển đổi số",
}


def up(month: int, name: str) -> str:
    return f"/uploads/2026/{month:02d}/{name}"


# --- the posts, newest first ------------------------------------------------------------------
#
# opts: time ("HH:MM" printed), modified (ISO lastmod), byline (the author field, printed after
# the text), src (source line), tags, attach (PDF file name). P styles: "h3", "li" (bullets),
# "oli" (numbered), "quote", "th"/"tr" (table rows), "br" (this line and the next one share a
# <p>, split by <br>), "center", "nbsp" (non-breaking spaces typed by the editor).

STORIES: list[Story] = [
    Story(
        2871,
        "gia-lai-tuyen-duong-120-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Gia Lai tuyên dương 120 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-giao-duc",
        "2026-11-20T09:15:00+07:00",
        [
            P(
                "Chiều 19/11, tại Hội trường UBND tỉnh, Sở GD&ĐT phối hợp với Công đoàn ngành Giáo dục tổ "
                "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương "
                "nhà giáo tiêu biểu năm học 2025-2026."
            ),
            Img(
                up(11, "le-ky-niem-20-11-01.jpg"),
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            ),
            P(
                "Phát biểu tại buổi lễ, bà Nguyễn Thị Thanh Lịch, Phó Chủ tịch UBND tỉnh, ghi nhận những "
                "đóng góp của hơn 52.000 cán bộ, giáo viên, nhân viên toàn ngành trong bối cảnh tỉnh vừa "
                "sắp xếp lại đơn vị hành chính, nhiều trường phải sáp nhập, điều chỉnh địa bàn tuyển sinh."
            ),
            P(
                "Năm học 2025-2026, tỉnh có 1.412 trường đạt chuẩn quốc gia, tăng 63 trường so với năm học "
                "trước; tỷ lệ tốt nghiệp THPT đạt 98,7%; học sinh Gia Lai giành 9 giải tại kỳ thi chọn học "
                "sinh giỏi quốc gia, trong đó có 1 giải Nhì và 3 giải Ba."
            ),
            P("“Mỗi thầy cô là một tấm gương, mỗi ngôi trường là một điểm tựa của bản làng”", "quote"),
            P(
                "Dịp này, 120 nhà giáo tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen; 18 tập thể, cá "
                "nhân nhận Kỷ niệm chương “Vì sự nghiệp giáo dục”."
            ),
            Img(
                up(11, "le-ky-niem-20-11-02.jpg"),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
            ),
            P(
                "Thay mặt các nhà giáo được tuyên dương, cô Rơ Châm H'Nhiên, giáo viên Trường PTDTBT TH "
                "Ia Chía, bày tỏ niềm tự hào và cam kết tiếp tục bám trường, bám lớp, đồng hành cùng học "
                "sinh vùng khó."
            ),
        ],
        authors=["Minh Châu"],
        summary=(
            "120 nhà giáo có thành tích xuất sắc trong năm học 2025-2026 được Chủ tịch UBND tỉnh tặng "
            "Bằng khen tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        opts={
            "time": "09:15",
            "modified": "2026-11-21T10:02:11+07:00",
            "byline": "Minh Châu - Văn phòng Sở",
            "tags": ["Ngày Nhà giáo Việt Nam", "Thi đua khen thưởng"],
        },
    ),
    Story(
        2869,
        "thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "thong-bao",
        "2026-11-19T08:30:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch số 2145/KH-SGDĐT ngày 05/10/2026 của Sở GD&ĐT về tổ chức kỳ thi chọn "
                "học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027, Sở GD&ĐT thông báo lịch thi như sau:"
            ),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("09/12/2026 | Sáng | Ngữ văn, Toán, Tin học | 180 phút", "tr"),
            P("09/12/2026 | Chiều | Tiếng Anh (nghe, nói) | 60 phút", "tr"),
            P("10/12/2026 | Sáng | Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 180 phút", "tr"),
            P("10/12/2026 | Chiều | Giáo dục kinh tế và pháp luật, Tiếng Anh (viết) | 150 phút", "tr"),
            P("Địa điểm thi: Trường THPT chuyên Hùng Vương (phường Pleiku) và Trường THPT chuyên Lê Quý Đôn (phường Quy Nhơn)."),
            P(
                "Thí sinh có mặt tại điểm thi lúc 6 giờ 30 phút sáng ngày 09/12/2026 để làm thủ tục dự "
                "thi, mang theo Căn cước hoặc thẻ học sinh có dán ảnh."
            ),
            P(
                "Đề nghị các đơn vị thông báo đến thí sinh, giáo viên phụ trách đội tuyển và gửi danh sách "
                "cán bộ coi thi về Phòng Quản lý chất lượng trước ngày 30/11/2026."
            ),
        ],
        opts={
            "time": "08:30",
            "modified": "2026-11-19T15:40:00+07:00",
            "byline": "BBT",
            "tags": ["Học sinh giỏi", "Lịch thi"],
            "attach": "lich-thi-hsg-lop-12-2026-2027.pdf",
        },
    ),
    Story(
        2866,
        "so-gddt-trien-khai-hoc-ba-so-cho-hoc-sinh-tieu-hoc-tu-hoc-ky-i",
        "Sở GD&ĐT triển khai học bạ số cho học sinh tiểu học từ học kỳ I",
        "chuyen-doi-so",
        "2026-11-17T14:00:00+07:00",
        [
            P(
                "Theo kế hoạch, 100% trường tiểu học trên địa bàn tỉnh sử dụng học bạ số thay cho học bạ "
                "giấy từ học kỳ I năm học 2026-2027; học bạ được ký số bởi giáo viên chủ nhiệm và hiệu "
                "trưởng trên hệ thống cơ sở dữ liệu ngành."
            ),
            P("Lộ trình thực hiện", "h3"),
            P("Tháng 11/2026: tập huấn cho cán bộ quản lý, giáo viên chủ nhiệm lớp 1 đến lớp 5.", "li"),
            P("Tháng 12/2026: cấp chứng thư số cho giáo viên, rà soát dữ liệu học sinh.", "li"),
            P("Tháng 01/2027: ký số học bạ học kỳ I, lưu trữ trên hệ thống.", "li"),
            Img(up(11, "hoc-ba-so-tap-huan.jpg"), None, None, "nocap"),
            P(
                "Theo Phòng Giáo dục Mầm non - Tiểu học, học bạ số giúp giảm khối lượng ghi chép, tránh "
                "sai sót khi chuyển trường và giúp cha mẹ học sinh tra cứu kết quả học tập của con qua ứng "
                "dụng."
            ),
            P(
                "Những trường còn khó khăn về hạ tầng, đặc biệt là các điểm trường lẻ, được phép thực hiện "
                "song song học bạ giấy đến hết năm học nhưng phải hoàn thành cập nhật dữ liệu trước ngày "
                "31/5/2027."
            ),
        ],
        authors=["Hồng Nhung"],
        summary=(
            "Từ học kỳ I năm học 2026-2027, học sinh tiểu học toàn tỉnh được cấp học bạ số, thay thế "
            "học bạ giấy truyền thống."
        ),
        sapo_outside=True,
        opts={
            "time": "14:00",
            "modified": "2026-11-18T08:12:45+07:00",
            "byline": "Hồng Nhung - Phòng GDMN-TH",
            "tags": ["Học bạ số", "Tiểu học"],
        },
    ),
    Story(
        2863,
        "truong-ptdtbt-thcs-ia-dom-to-chuc-ngay-hoi-van-hoa-dan-toc-jrai-bahnar",
        "Trường PTDTBT THCS Ia Dom tổ chức Ngày hội văn hóa dân tộc Jrai, Bahnar",
        "giao-duc-dan-toc",
        "2026-11-14T16:45:00+07:00",
        [
            P(
                "Ngày hội thu hút hơn 600 học sinh cùng đông đảo cha mẹ học sinh, già làng và người dân "
                "trong xã tham gia với các hoạt động: diễn tấu cồng chiêng, múa xoang, dệt thổ cẩm, thi "
                "nấu món ăn truyền thống và trò chơi dân gian."
            ),
            Img(
                up(11, "ngay-hoi-ia-dom-1.jpg"),
                "Đội cồng chiêng học sinh lớp 8 biểu diễn khai mạc ngày hội",
                "Đội cồng chiêng học sinh lớp 8 biểu diễn khai mạc ngày hội",
            ),
            P(
                "Thầy Nguyễn Đình Phúc, Hiệu trưởng nhà trường, cho biết ngày hội là hoạt động thường niên "
                "nhằm giáo dục học sinh giữ gìn bản sắc văn hóa dân tộc, đồng thời tạo sân chơi lành mạnh, "
                "góp phần giảm tình trạng học sinh bỏ học giữa chừng."
            ),
            P(
                "Điểm nhấn của ngày hội là phần thi dệt thổ cẩm của các em nữ sinh dưới sự hướng dẫn của "
                "các nghệ nhân trong làng. Nhiều sản phẩm được trưng bày và bán gây quỹ “Áo ấm cho em”."
            ),
            Img(
                up(11, "ngay-hoi-ia-dom-2.jpg"),
                "Nghệ nhân hướng dẫn học sinh dệt thổ cẩm (Ảnh: Ksor H'Bia)",
                "Nghệ nhân hướng dẫn học sinh dệt thổ cẩm (Ảnh: Ksor H'Bia)",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao giải Nhất toàn đoàn cho lớp 9A, giải Nhì cho lớp 8B "
                "và giải Ba cho lớp 7C."
            ),
            Img(
                up(11, "ngay-hoi-ia-dom-3.jpg"),
                "Học sinh cùng già làng múa xoang trong ngày hội",
                "Học sinh cùng già làng múa xoang trong ngày hội",
            ),
        ],
        authors=["Ksor H'Bia"],
        photographers=["Ksor H'Bia"],
        summary=(
            "Ngày 13/11, Trường Phổ thông dân tộc bán trú THCS Ia Dom tổ chức Ngày hội văn hóa dân tộc "
            "Jrai, Bahnar năm 2026."
        ),
        sapo_outside=True,
        opts={
            "time": "16:45",
            "modified": "2026-11-15T07:30:00+07:00",
            "byline": "Tin, ảnh: Ksor H'Bia",
            "tags": ["Văn hóa dân tộc", "Trường bán trú"],
        },
    ),
    Story(
        2860,
        "hoi-nghi-giao-ban-cong-tac-giao-duc-trung-hoc-thang-11-2026",
        "Hội nghị giao ban công tác giáo dục trung học tháng 11/2026",
        "tin-giao-duc",
        "2026-11-12T10:20:00+07:00",
        [
            P(
                "Sáng 11/11, Sở GD&ĐT tổ chức hội nghị giao ban trực tuyến công tác giáo dục trung học "
                "tháng 11/2026 với 214 điểm cầu tại các trường THCS, THPT trên địa bàn tỉnh."
            ),
            P(
                "Chủ trì hội nghị: ông Trần Văn Thành, Phó Giám đốc Sở GD&ĐT.",
                "br",
            ),
            P("Tham dự: lãnh đạo các phòng chuyên môn thuộc Sở, hiệu trưởng các trường THCS, THPT."),
            P(
                "Báo cáo tại hội nghị cho thấy các trường đã cơ bản ổn định nề nếp dạy học sau khai giảng; "
                "tỷ lệ huy động học sinh ra lớp bậc THCS đạt 99,2%, bậc THPT đạt 96,8%. Tuy nhiên, một số "
                "trường vùng sâu vẫn còn tình trạng học sinh nghỉ học dài ngày để theo cha mẹ đi làm rẫy.",
                "nbsp",
            ),
            P("Nhiệm vụ trọng tâm tháng 12", "h3"),
            P("Tổ chức kiểm tra đánh giá giữa kỳ I theo đúng Thông tư 22/2021/TT-BGDĐT.", "oli"),
            P("Hoàn thành kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12.", "oli"),
            P("Rà soát, vận động học sinh có nguy cơ bỏ học trở lại lớp.", "oli"),
            P(
                "Kết luận hội nghị, Phó Giám đốc Sở đề nghị các trường chủ động xây dựng kế hoạch ôn tập "
                "cho học sinh lớp 9, lớp 12 ngay từ học kỳ I, tránh dồn ép vào cuối năm học."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "time": "10:20",
            "modified": "2026-11-12T10:20:00+07:00",
            "byline": "Phòng Giáo dục Trung học",
            "tags": ["Giáo dục trung học", "Giao ban"],
        },
    ),
    Story(
        2857,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        "THÔNG BÁO tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        "thong-bao",
        "2026-11-10T07:30:00+07:00",
        [
            P(
                "Sở GD&ĐT tỉnh Gia Lai thông báo tuyển dụng viên chức làm việc tại các trường THPT, trung "
                "tâm giáo dục nghề nghiệp - giáo dục thường xuyên trực thuộc Sở năm 2026 (đợt 2)."
            ),
            P("1. Chỉ tiêu tuyển dụng", "h3"),
            P("Giáo viên THPT: 86 chỉ tiêu (Toán 12, Ngữ văn 10, Tiếng Anh 14, Tin học 11, các môn khác 39).", "li"),
            P("Giáo viên giáo dục thường xuyên: 9 chỉ tiêu.", "li"),
            P("Nhân viên thư viện, thiết bị: 7 chỉ tiêu.", "li"),
            P("2. Thời gian, địa điểm nhận hồ sơ", "h3"),
            P(
                "Từ ngày 10/11/2026 đến hết ngày 09/12/2026 (trong giờ hành chính), tại Phòng Tổ chức cán "
                "bộ, Sở GD&ĐT tỉnh Gia Lai, hoặc qua Cổng dịch vụ công trực tuyến của tỉnh."
            ),
            P(
                "Chi tiết chỉ tiêu theo từng đơn vị và mẫu phiếu đăng ký dự tuyển xem tại tệp đính kèm.",
                "center",
            ),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "time": "07:30",
            "modified": "2026-11-13T16:05:00+07:00",
            "byline": "Phòng Tổ chức cán bộ",
            "tags": ["Tuyển dụng"],
            "attach": "tb-tuyen-dung-vien-chuc-dot-2-2026.pdf",
        },
    ),
    Story(
        2852,
        "tap-huan-phan-mem-quan-ly-truong-hoc-cho-can-bo-quan-ly-mam-non",
        "Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ quản lý các trường mầm non",
        "chuyen-doi-so",
        "2026-11-06T15:10:00+07:00",
        [
            P(
                "Từ ngày 04 đến 06/11/2026, Trung tâm Tin học - Ngoại ngữ phối hợp với Phòng Giáo dục Mầm "
                "non - Tiểu học tổ chức 3 lớp tập huấn sử dụng phần mềm quản lý trường học cho 412 hiệu "
                "trưởng, phó hiệu trưởng các trường mầm non."
            ),
            P(
                "Học viên được hướng dẫn quản lý hồ sơ trẻ, theo dõi sức khỏe, tính khẩu phần ăn bán trú, "
                "thu chi học phí không dùng tiền mặt và kết xuất báo cáo thống kê lên cơ sở dữ liệu ngành."
            ),
            Img(
                up(11, "tap-huan-phan-mem-mam-non.jpg"),
                "Cán bộ quản lý các trường mầm non thực hành trên phần mềm",
                "Cán bộ quản lý các trường mầm non thực hành trên phần mềm",
            ),
            P(
                "Sau tập huấn, các trường hoàn thành cập nhật dữ liệu năm học 2026-2027 trước ngày "
                "30/11/2026; Sở sẽ kiểm tra việc sử dụng phần mềm tại một số đơn vị trong tháng 12."
            ),
            Raw(
                '<p style="text-align:right;"><strong>ThS. Trần Quốc Bảo - Trung tâm Tin học - Ngoại '
                "ngữ</strong></p>"
            ),
        ],
        authors=["Trần Quốc Bảo"],
        opts={
            "time": "15:10",
            "modified": "2026-11-07T09:00:00+07:00",
            "tags": ["Mầm non", "Phần mềm quản lý"],
        },
    ),
    Story(
        2849,
        "nang-cao-chat-luong-day-tieng-viet-cho-tre-mam-non-vung-dong-bao-dan-toc-thieu-so",
        "Gia Lai: Nâng cao chất lượng dạy tiếng Việt cho trẻ mầm non vùng đồng bào dân tộc thiểu số",
        "giao-duc-dan-toc",
        "2026-11-03T09:00:00+07:00",
        [
            P(
                "Những năm qua, ngành Giáo dục Gia Lai đã triển khai nhiều giải pháp tăng cường tiếng Việt "
                "cho trẻ mầm non người dân tộc thiểu số, giúp các em tự tin bước vào lớp 1."
            ),
            P(
                "Tại Trường Mầm non Hoa Ban (xã Ia Hrú), gần 90% trẻ là người Jrai. Mỗi buổi sáng, các cô "
                "giáo dành 15 phút trò chuyện với trẻ bằng tiếng Việt qua tranh ảnh, bài hát, câu đố. "
                "Góc thư viện của lớp được trang trí bằng những con chữ song ngữ Việt - Jrai."
            ),
            P(
                "Cô Siu H'Lan, giáo viên lớp mẫu giáo 5 tuổi, chia sẻ:"
            ),
            P(
                "Lúc mới đến lớp, nhiều cháu chỉ nói tiếng mẹ đẻ, không dám trả lời cô. Chúng tôi phải "
                "kiên trì dùng cả tiếng Jrai để giải thích, rồi dần dần chuyển sang tiếng Việt. Đến cuối "
                "năm, các cháu đã kể được chuyện, đọc thơ bằng tiếng Việt.",
                "quote",
            ),
            P(
                "Theo số liệu của Sở GD&ĐT, năm học 2025-2026, toàn tỉnh có hơn 41.000 trẻ mầm non người "
                "dân tộc thiểu số; 100% trẻ 5 tuổi được chuẩn bị tiếng Việt trước khi vào lớp 1. Nhiều "
                "trường đã xây dựng môi trường tăng cường tiếng Việt, huy động cha mẹ cùng tham gia."
            ),
            P(
                "Dù vậy, việc dạy tiếng Việt cho trẻ vẫn gặp không ít khó khăn: đội ngũ giáo viên biết "
                "tiếng dân tộc còn mỏng, đồ dùng học tập song ngữ chưa nhiều, một số điểm trường lẻ chưa "
                "có phòng học kiên cố."
            ),
            P(
                "Bà Lê Thị Thu Hương, Trưởng phòng Giáo dục Mầm non - Tiểu học, cho biết thời gian tới Sở "
                "tiếp tục mở các lớp bồi dưỡng tiếng Jrai, Bahnar cho giáo viên; đồng thời phối hợp với "
                "các tổ chức để bổ sung sách tranh song ngữ cho các trường vùng khó."
            ),
        ],
        authors=["Như Nguyện"],
        source="Báo Gia Lai",
        opts={
            "time": "09:00",
            "modified": "2026-11-03T09:00:00+07:00",
            "byline": "Như Nguyện",
            "src": "Nguồn: Báo Gia Lai",
            "tags": ["Tăng cường tiếng Việt", "Mầm non"],
        },
    ),
    Story(
        2845,
        "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
        "tin-giao-duc",
        "2026-10-28T08:00:00+07:00",
        [
            P(
                "Hội thi có 176 giáo viên của 58 trường THPT và trung tâm GDNN-GDTX tham gia, dự thi ở "
                "12 môn học. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng dạy học và thực hiện "
                "hai tiết dạy trên lớp."
            ),
            Img(
                up(10, "khai-mac-gvdg-thpt.jpg"),
                "Phó Giám đốc Sở GD&ĐT Trần Văn Thành phát biểu khai mạc hội thi",
                "Phó Giám đốc Sở GD&ĐT Trần Văn Thành phát biểu khai mạc hội thi",
            ),
            P(
                "Phát biểu khai mạc, Phó Giám đốc Sở GD&ĐT Trần Văn Thành nhấn mạnh hội thi là dịp để "
                "giáo viên chia sẻ kinh nghiệm đổi mới phương pháp dạy học theo Chương trình GDPT 2018, "
                "đặc biệt là dạy học phát triển phẩm chất, năng lực học sinh."
            ),
            P(
                "Hội thi diễn ra đến ngày 07/11/2026 tại 4 cụm trường: THPT chuyên Hùng Vương, THPT Pleiku, "
                "THPT Quy Nhơn và THPT An Nhơn."
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        summary=(
            "Sáng 27/10, Sở GD&ĐT khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học "
            "2026-2027."
        ),
        sapo_outside=True,
        opts={
            "time": "08:00",
            "modified": "2026-11-08T11:20:00+07:00",
            "byline": "Lê Thị Thu Hà - Phòng GDTrH",
            "tags": ["Giáo viên dạy giỏi", "THPT"],
            "old_slug": "khai-mac-hoi-thi-giao-vien-gioi-cap-tinh-thpt",
        },
    ),
    Story(
        2841,
        "thong-bao-nghi-hoc-tranh-bao-so-13",
        "Thông báo về việc cho học sinh nghỉ học để tránh bão số 13",
        "thong-bao",
        "2026-10-24T17:40:00+07:00",
        [
            P(
                "Thực hiện Công điện số 14/CĐ-UBND ngày 24/10/2026 của Chủ tịch UBND tỉnh về việc ứng phó "
                "với bão số 13, Sở GD&ĐT thông báo:"
            ),
            P(
                "Học sinh các trường mầm non, tiểu học, THCS, THPT thuộc các phường, xã ven biển phía Đông "
                "của tỉnh nghỉ học ngày 25 và 26/10/2026.",
                "li",
            ),
            P(
                "Các trường tại khu vực phía Tây chủ động cho học sinh nghỉ học nếu có mưa lớn, nguy cơ lũ "
                "quét, sạt lở.",
                "li",
            ),
            P(
                "Thủ trưởng các đơn vị tổ chức chằng chống trường lớp, kê cao thiết bị, tài liệu; phân công "
                "trực 24/24 giờ và báo cáo thiệt hại (nếu có) về Văn phòng Sở.",
                "li",
            ),
            P("Thời gian đi học trở lại sẽ có thông báo sau."),
        ],
        opts={
            "time": "17:40",
            "modified": "2026-10-27T06:45:00+07:00",
            "tags": ["Phòng chống thiên tai"],
        },
    ),
    Story(
        2838,
        "trao-200-suat-hoc-bong-cho-hoc-sinh-dan-toc-thieu-so-vuot-kho-hoc-gioi",
        "Trao 200 suất học bổng cho học sinh dân tộc thiểu số vượt khó học giỏi",
        "giao-duc-dan-toc",
        "2026-10-20T10:00:00+07:00",
        [
            P(
                "Sáng 19/10, tại Trường PTDT Nội trú tỉnh, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh trao "
                "200 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn, vượt khó học giỏi."
            ),
            P(
                "Mỗi suất học bổng trị giá 3 triệu đồng, tổng giá trị 600 triệu đồng, do các doanh nghiệp, "
                "nhà hảo tâm trong và ngoài tỉnh đóng góp."
            ),
            Img(
                up(10, "trao-hoc-bong-dtts.jpg"),
                "Đại biểu trao học bổng cho học sinh",
                "Đại biểu trao học bổng cho học sinh",
            ),
            P(
                "Em Đinh Thị Hlê, học sinh lớp 11 Trường PTDT Nội trú tỉnh, xúc động: “Số tiền học bổng "
                "giúp em mua sách vở và xe đạp để đi học. Em sẽ cố gắng học tốt để sau này trở về dạy học "
                "ở làng”."
            ),
        ],
        authors=["Rơ Mah Blih"],
        photographers=["Nguyễn Gia"],
        opts={
            "time": "10:00",
            "modified": "2026-10-20T13:30:00+07:00",
            "byline": "Tin: Rơ Mah Blih; Ảnh: Nguyễn Gia",
            "tags": ["Học bổng", "Học sinh dân tộc thiểu số"],
        },
    ),
    Story(
        2834,
        "huong-dan-thanh-toan-khong-dung-tien-mat-trong-cac-co-so-giao-duc",
        "Hướng dẫn triển khai thanh toán không dùng tiền mặt trong các cơ sở giáo dục",
        "chuyen-doi-so",
        "2026-10-15T11:30:00+07:00",
        [
            P(
                "Sở GD&ĐT vừa ban hành hướng dẫn triển khai thanh toán không dùng tiền mặt đối với các "
                "khoản thu dịch vụ giáo dục tại các cơ sở giáo dục trên địa bàn tỉnh từ năm học 2026-2027."
            ),
            P("Các khoản thu áp dụng", "h3"),
            P("Học phí (đối với cấp học có thu học phí).", "li"),
            P("Tiền ăn bán trú, tiền dịch vụ trông giữ trẻ ngoài giờ.", "li"),
            P("Các khoản thu hộ: bảo hiểm y tế học sinh, nước uống, sách giáo khoa.", "li"),
            P("Yêu cầu đối với nhà trường", "h3"),
            P(
                "Công khai số tài khoản, mã QR thanh toán của nhà trường; không yêu cầu cha mẹ học sinh "
                "nộp tiền qua tài khoản cá nhân của giáo viên. Mỗi khoản thu phải có biên lai điện tử gửi "
                "đến cha mẹ học sinh qua ứng dụng hoặc tin nhắn."
            ),
            P(
                "Đối với các điểm trường vùng sâu, vùng xa chưa có điều kiện, nhà trường được tiếp tục thu "
                "tiền mặt nhưng phải báo cáo lộ trình chuyển đổi về Sở trước ngày 31/12/2026."
            ),
        ],
        authors=["Phòng Kế hoạch - Tài chính"],
        summary=(
            "Từ năm học 2026-2027, các khoản thu học phí và dịch vụ giáo dục được khuyến khích thanh "
            "toán qua ngân hàng, ví điện tử."
        ),
        sapo_outside=True,
        opts={
            "time": "11:30",
            "modified": "2026-10-16T08:00:00+07:00",
            "byline": "Phòng Kế hoạch - Tài chính",
            "tags": ["Thanh toán không dùng tiền mặt"],
            "legacy": True,
        },
    ),
    Story(
        2830,
        "be-mac-hoi-khoe-phu-dong-tinh-gia-lai-lan-thu-xii-nam-2026",
        "Bế mạc Hội khỏe Phù Đổng tỉnh Gia Lai lần thứ XII năm 2026",
        "tin-giao-duc",
        "2026-10-09T19:05:00+07:00",
        [
            P(
                "Tối 09/10, tại Nhà thi đấu tỉnh, Ban tổ chức bế mạc Hội khỏe Phù Đổng tỉnh Gia Lai lần "
                "thứ XII năm 2026 sau 8 ngày tranh tài sôi nổi."
            ),
            P(
                "Hội khỏe thu hút hơn 2.300 vận động viên là học sinh đến từ các đơn vị, tranh tài ở 11 "
                "môn: điền kinh, bơi lội, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, võ cổ truyền, "
                "vovinam, đá cầu và kéo co."
            ),
            Img(
                up(10, "be-mac-hkpd-2026.jpg"),
                "Ban tổ chức trao cờ cho các đơn vị dẫn đầu toàn đoàn",
                "Ban tổ chức trao cờ cho các đơn vị dẫn đầu toàn đoàn",
            ),
            P("Các đơn vị dẫn đầu toàn đoàn:"),
            P("Xếp hạng | Đơn vị | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "th"),
            P("Nhất | Cụm phường Quy Nhơn | 48 | 37 | 41", "tr"),
            P("Nhì | Cụm phường Pleiku | 45 | 39 | 36", "tr"),
            P("Ba | Cụm xã An Nhơn | 27 | 24 | 30", "tr"),
            P(
                "Ban tổ chức cũng trao giải phong cách cho đoàn vận động viên xã Ia Grai và 12 học sinh "
                "phá kỷ lục Hội khỏe ở các nội dung điền kinh, bơi lội."
            ),
            P("Hội khỏe Phù Đổng toàn quốc lần thứ XI sẽ diễn ra vào mùa hè năm 2028.", "center"),
        ],
        authors=["Minh Châu"],
        photographers=["CLB Nhiếp ảnh Pleiku"],
        opts={
            "time": "19:05",
            "modified": "2026-10-10T07:15:00+07:00",
            "byline": "Tin: Minh Châu; Ảnh: CLB Nhiếp ảnh Pleiku",
            "tags": ["Hội khỏe Phù Đổng", "Thể thao học đường"],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: s.published_at, reverse=True)


def path_of(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}"


def old_paths(story: Story) -> list[str]:
    """The URLs of this post that answer 301 (listed in the November sitemap)."""
    out = []
    if story.opts.get("old_slug"):
        out.append(f"/tin-tuc/{story.opts['old_slug']}-{story.id}")
    if story.opts.get("legacy"):
        out.append(f"/index.php/tin-tuc/{story.id}-{story.slug}.html")
    return out


GOLD = [gold_record(s, path_of(s), CATEGORIES[s.cat]) for s in ORDER]

SOFT_404 = "/tin-tuc/khong-ton-tai-999"
NON_ARTICLES = [
    "/",
    "/gioi-thieu",
    "/lien-he",
    "/van-ban",
    "/chuyen-muc/thong-bao",
    SOFT_404,
]

#: URLs that answer 301 to an article, all listed in the November sitemap
REDIRECTS = {old: path_of(s) for s in STORIES for old in old_paths(s)}

# --- printing ---------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin tức"),
    ("/van-ban", "Văn bản"),
    ("/lien-he", "Liên hệ"),
]
EXTERNAL = [
    ("https://dichvucong.gialai.gov.vn", "Cổng dịch vụ công tỉnh"),
    ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("https://csdl.moet.gov.vn", "Cơ sở dữ liệu ngành"),
    ("https://gialai.gov.vn", "Cổng thông tin điện tử tỉnh"),
]


def display_date(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def header() -> str:
    cats = "".join(
        f'<li><a class="dropdown-item" href="/chuyen-muc/{k}">{esc(v)}</a></li>'
        for k, v in CATEGORIES.items()
    )
    items = []
    for href, label in MENU:
        if href == "/tin-tuc":
            items.append(
                f'<li class="nav-item dropdown"><a class="nav-link" href="{href}">{label}</a>'
                f'<ul class="dropdown-menu">{cats}</ul></li>'
            )
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{href}">{label}</a></li>')
    return f"""<header class="site-header">
<div class="topbar"><div class="container d-flex justify-content-between">
<span class="topbar__date"><img src="/assets/icons/calendar.png" alt="" width="14"> {TODAY}</span>
<span class="topbar__hotline">Đường dây nóng: <a href="tel:02693824158">(0269) 3824 158</a></span>
</div></div>
<div class="banner"><div class="container">
<a class="banner__logo" href="/"><img src="/assets/logo-sgddt-gialai.png" alt="Logo {esc(SITE_NAME)}" height="72"></a>
<div class="banner__name"><span class="banner__ubnd">UBND TỈNH GIA LAI</span>
<span class="banner__title">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>
</div></div>
<nav class="main-nav navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">
{"".join(items)}
</ul>
<form class="search-form" action="/tim-kiem" method="get" role="search">
<input type="search" name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm"><button type="submit">Tìm</button>
</form></div></nav>
</header>"""


def footer() -> str:
    links = " | ".join(f'<a href="{h}" target="_blank" rel="noopener">{esc(t)}</a>' for h, t in EXTERNAL)
    return f"""<footer class="site-footer">
<div class="container">
<div class="site-footer__org"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI</strong><br>
Địa chỉ: Số 02 Hai Bà Trưng, phường Pleiku, tỉnh Gia Lai<br>
Điện thoại: (0269) 3824 158 - Fax: (0269) 3823 215 - Email: sgddt@gialai.gov.vn<br>
Chịu trách nhiệm nội dung: Giám đốc Sở Giáo dục và Đào tạo</div>
<div class="site-footer__links">Liên kết: {links}</div>
<div class="site-footer__counter">Đang online: <b>37</b> | Hôm nay: <b>1.284</b> | Tổng truy cập: <b>3.912.457</b></div>
<div class="site-footer__copy">© 2026 Sở GD&amp;ĐT Gia Lai. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
</div>
</footer>"""


def head(title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="icon" type="image/png" href="/favicon.png">
<title>{esc(title)}</title>
<link rel="modulepreload" crossorigin href="/assets/vendor-91c0de.js">
<link rel="stylesheet" crossorigin href="{STYLES}">
{extra}
</head>"""


def shell(title: str) -> Response:
    """What the SPA routes answer: no content, no article link, the bundle does the rest."""
    page = f"""{head(title)}
<body>
{header()}
<main class="container main-content">
<div id="app"></div>
<noscript><div class="alert alert-warning">Vui lòng bật JavaScript để xem nội dung trang web
của {esc(SITE_NAME)}.</div></noscript>
</main>
{footer()}
<script type="module" crossorigin src="{BUNDLE}"></script>
</body>
</html>"""
    return html(page)


SHELL_TITLES = {
    "/": f"Trang chủ | {SITE_TITLE}",
    "/gioi-thieu": f"Giới thiệu | {SITE_TITLE}",
    "/lien-he": f"Liên hệ | {SITE_TITLE}",
    "/van-ban": f"Văn bản chỉ đạo điều hành | {SITE_TITLE}",
    "/tin-tuc": f"Tin tức | {SITE_TITLE}",
    "/tim-kiem": f"Tìm kiếm | {SITE_TITLE}",
}


def render_img(img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" alt="{esc(img.printed or "")}" loading="lazy">'
    if img.style == "nocap" or img.printed is None:
        return f'<figure class="image">{tag}</figure>'
    return f'<figure class="image">{tag}<figcaption>{text(img.printed)}</figcaption></figure>'


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
        style = b.style
        if style in ("li", "oli"):
            tag = "ul" if style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        if style in ("th", "tr"):
            thead, tbody = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                row = "".join(f"<{cell}>{text(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                (thead if cell == "th" else tbody).append(f"<tr>{row}</tr>")
                i += 1
            out.append(
                '<figure class="table"><table><thead>'
                + "".join(thead)
                + "</thead><tbody>"
                + "".join(tbody)
                + "</tbody></table></figure>"
            )
            continue
        if style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{text(b.text)}<br>{text(nxt.text)}</p>")
            i += 2
            continue
        if style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif style == "quote":
            out.append(f"<blockquote><p>{text(b.text)}</p></blockquote>")
        elif style == "center":
            out.append(f'<p style="text-align:center;">{text(b.text)}</p>')
        elif style == "nbsp":
            words = text(b.text).split(" ")
            joined = words[0] + "".join(
                ("&nbsp;" if n % 7 == 3 else " ") + w for n, w in enumerate(words[1:], 1)
            )
            out.append(f"<p>{joined}</p>")
        else:
            out.append(f"<p>{text(b.text)}</p>")
        i += 1
    return "\n".join(out)


def tag_slug(tag: str) -> str:
    plain = unicodedata.normalize("NFD", tag.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def related_of(story: Story) -> list[Story]:
    same = [s for s in ORDER if s.cat == story.cat and s is not story]
    others = [s for s in ORDER if s.cat != story.cat]
    return (same + others)[:3]


def related_href(s: Story) -> str:
    """One related link still carries the slug the editor later changed (it answers 301)."""
    if s.opts.get("old_slug"):
        return f"/tin-tuc/{s.opts['old_slug']}-{s.id}"
    return path_of(s)


MOST_READ = [2871, 2869, 2857, 2841, 2849]


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{path_of(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    links = "".join(
        f'<option value="{h}">{esc(t)}</option>' for h, t in EXTERNAL
    )
    return f"""<aside class="sidebar col-lg-4">
<section class="widget widget--most-read"><h3 class="widget__title">Tin đọc nhiều</h3>
<ol class="most-read">{most}</ol></section>
<section class="widget widget--poll"><h3 class="widget__title">Thăm dò ý kiến</h3>
<form class="poll" method="post" action="/binh-chon">
<p>Bạn đánh giá thế nào về giao diện mới của website?</p>
<label><input type="radio" name="poll_3" value="1"> Rất hài lòng</label>
<label><input type="radio" name="poll_3" value="2"> Hài lòng</label>
<label><input type="radio" name="poll_3" value="3"> Chưa hài lòng</label>
<button type="submit">Bình chọn</button> <a href="/binh-chon/ket-qua">Xem kết quả</a>
</form></section>
<section class="widget widget--links"><h3 class="widget__title">Liên kết website</h3>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select>
<a href="https://moet.gov.vn" target="_blank"><img src="/assets/banners/banner-moet.png" alt="Bộ GD&amp;ĐT"></a>
</section>
<section class="widget widget--counter"><h3 class="widget__title">Thống kê truy cập</h3>
<ul><li>Đang online: 37</li><li>Hôm nay: 1.284</li><li>Tổng truy cập: 3.912.457</li></ul></section>
</aside>"""


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    here = path_of(story)
    idx = ORDER.index(story)
    newer = ORDER[idx - 1] if idx > 0 else None
    older = ORDER[idx + 1] if idx + 1 < len(ORDER) else None
    cat = CATEGORIES[story.cat]
    images = story.images
    og_image = images[0].src if images else "/assets/og-default.jpg"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": story.published_at,
        "dateModified": story.opts["modified"],
        "mainEntityOfPage": base + here,
        "image": [base + og_image],
        "publisher": {
            "@type": "GovernmentOrganization",
            "name": SITE_NAME,
            "logo": {"@type": "ImageObject", "url": base + "/assets/logo-sgddt-gialai.png"},
        },
    }
    description = story.summary or story.paragraphs[0][:160]
    extra = "\n".join(
        [
            f'<meta name="description" content="{esc(description)}">',
            f'<link rel="canonical" href="{base}{here}">',
            *([f'<link rel="prev" href="{path_of(newer)}">'] if newer else []),
            *([f'<link rel="next" href="{path_of(older)}">'] if older else []),
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{esc(story.title)}">',
            f'<meta property="og:description" content="{esc(description)}">',
            f'<meta property="og:url" content="{base}{here}">',
            f'<meta property="og:image" content="{base}{og_image}">',
            f'<meta property="article:published_time" content="{story.published_at}">',
            f'<meta property="article:modified_time" content="{story.opts["modified"]}">',
            f'<meta property="article:section" content="{esc(cat)}">',
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
            + "</script>",
        ]
    )
    sapo = (
        f'<p class="post-detail__sapo" data-v-5c1e2a7b><em><strong>{text(story.summary)}</strong></em></p>'
        if story.summary
        else ""
    )
    byline = (
        f'<p class="post-detail__author" data-v-5c1e2a7b style="text-align:right"><strong>{esc(story.opts["byline"])}</strong></p>'
        if story.opts.get("byline")
        else ""
    )
    source = (
        f'<p class="post-detail__source" data-v-5c1e2a7b><em>{esc(story.opts["src"])}</em></p>'
        if story.opts.get("src")
        else ""
    )
    attach = ""
    if story.opts.get("attach"):
        name = story.opts["attach"]
        attach = (
            '<div class="post-detail__attachments" data-v-5c1e2a7b><h4>Tệp đính kèm</h4><ul>'
            f'<li><img src="/assets/icons/pdf.png" alt="" width="16"> <a href="/uploads/files/{name}" '
            f'target="_blank">{esc(name)}</a> (PDF, 412 KB)</li></ul></div>'
        )
    tags = " ".join(
        f'<a class="tag" href="/tim-kiem?tag={tag_slug(t)}">#{esc(t)}</a>'
        for t in story.opts.get("tags", [])
    )
    share_url = f"{base}{here}"
    related = "".join(
        f'<li class="related__item"><a href="{related_href(s)}"><img src="{esc(s.images[0].src) if s.images else "/assets/og-default.jpg"}" alt="" class="related__thumb">'
        f'<span class="related__title">{esc(s.title)}</span></a><span class="related__date">{display_date(s)}</span></li>'
        for s in related_of(story)
    )
    nav = '<nav class="post-nav" data-v-5c1e2a7b>'
    if newer:
        nav += f'<a class="post-nav__prev" href="{path_of(newer)}">« Bài mới hơn: {esc(newer.title)}</a>'
    if older:
        nav += f'<a class="post-nav__next" href="{path_of(older)}">Bài cũ hơn: {esc(older.title)} »</a>'
    nav += "</nav>"
    views = f"{story.views():,}".replace(",", ".")
    page = f"""{head(f"{story.title} | {SITE_TITLE}", extra)}
<body>
<div id="app" data-server-rendered="true">
{header()}
<main class="container main-content"><div class="row">
<div class="col-lg-8">
<ol class="breadcrumb" data-v-3a9e01f2><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>
<li class="breadcrumb-item"><a href="/chuyen-muc/{story.cat}">{esc(cat)}</a></li></ol>
<article class="post-detail" data-v-5c1e2a7b>
<a class="chip chip--category" href="/chuyen-muc/{story.cat}" data-v-5c1e2a7b>{esc(cat)}</a>
<h1 class="post-detail__title" data-v-5c1e2a7b>{esc(story.title)}</h1>
<div class="post-detail__meta" data-v-5c1e2a7b><img src="/assets/icons/clock.png" alt="" width="14">
<time datetime="{story.published_at}">{story.opts["time"]} - {display_date(story)}</time>
<span class="post-detail__views"><img src="/assets/icons/eye.png" alt="" width="14"> {views} lượt xem</span>
<button class="font-size" type="button" aria-label="Giảm cỡ chữ">A-</button><button class="font-size" type="button" aria-label="Tăng cỡ chữ">A+</button></div>
{sapo}
<div class="post-detail__content ck-content" data-v-5c1e2a7b>
{render_blocks(story.blocks)}
</div>
{byline}
{source}
{attach}
<div class="post-detail__tags" data-v-5c1e2a7b><span>Từ khóa:</span> {tags}</div>
<div class="share-bar" data-v-5c1e2a7b><span>Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener"><img src="/assets/icons/facebook.png" alt="Facebook"></a>
<a href="https://zalo.me/share?url={share_url}" target="_blank" rel="noopener"><img src="/assets/icons/zalo.png" alt="Zalo"></a>
<button type="button" class="share-bar__copy" data-url="{share_url}">Sao chép liên kết</button>
<button type="button" class="share-bar__print" onclick="window.print()">In bài</button>
<a class="share-bar__mail" href="mailto:?subject={esc(story.title)}&amp;body={share_url}">Gửi email</a></div>
</article>
{nav}
<section class="related" data-v-8d2f7c10><h3 class="related__heading">Bài viết liên quan</h3>
<ul class="related__list">{related}</ul></section>
</div>
{sidebar()}
</div></main>
{footer()}
</div>
<script>window.__INITIAL_STATE__={{"route":"{here}","post":{{"id":{story.id},"category":"{story.cat}"}}}}</script>
<script type="module" crossorigin src="{BUNDLE}"></script>
</body>
</html>"""
    return html(page)


def soft_404(request: Request) -> Response:
    page = f"""{head(f"Không tìm thấy bài viết | {SITE_TITLE}", '<meta name="robots" content="noindex">')}
<body>
<div id="app" data-server-rendered="true">
{header()}
<main class="container main-content">
<div class="not-found" data-v-1b7e44c9>
<h1 class="not-found__title">Không tìm thấy bài viết</h1>
<p>Bài viết bạn tìm không tồn tại hoặc đã bị gỡ bỏ. Vui lòng quay lại <a href="/">trang chủ</a>
hoặc dùng chức năng tìm kiếm.</p>
</div>
{sidebar()}
</main>
{footer()}
</div>
<script type="module" crossorigin src="{BUNDLE}"></script>
</body>
</html>"""
    return html(page)


# --- robots and sitemaps ------------------------------------------------------------------------

XML = "application/xml; charset=utf-8"
SITEMAPS = [
    ("/sitemaps/posts-2026-12.xml", "2026-11-25T00:05:00+07:00"),
    ("/sitemaps/posts-2026-11.xml.gz", "2026-11-21T10:02:11+07:00"),
    ("/sitemaps/posts-2026-10.xml.gz", "2026-11-08T11:20:00+07:00"),
    ("/sitemaps/pages.xml", "2026-09-01T08:00:00+07:00"),
]


def robots(request: Request) -> Response:
    body = (
        "# robots.txt - Cổng thông tin Sở GD&ĐT Gia Lai\n"
        "User-agent: *\n"
        "Disallow: /api/\n"
        "Disallow: /tim-kiem\n"
        "Disallow: /binh-chon\n"
        "Allow: /\n"
        "\n"
        "Sitemap: /sitemap_index.xml\n"
    )
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def sitemap_index(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<sitemap><loc>{base}{loc}</loc><lastmod>{mod}</lastmod></sitemap>\n" for loc, mod in SITEMAPS
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{items}</sitemapindex>\n"
    )
    return Response(200, body, {"Content-Type": XML})


def urlset(base: str, entries: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"  <url>\n    <loc>{base}{esc(loc)}</loc>\n    <lastmod>{mod}</lastmod>\n  </url>\n"
        for loc, mod in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- generated by @headless/sitemap 2.4.1 -->\n"
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{rows}</urlset>\n"
    )


def month_entries(month: str) -> list[tuple[str, str]]:
    entries = [(path_of(s), s.opts["modified"]) for s in ORDER if s.published_at.startswith(month)]
    if month == "2026-11":
        # two old addresses kept by the generator's redirect table
        entries += [(old, "2026-11-08T11:20:00+07:00") for old in REDIRECTS]
    if month == "2026-10":
        # a post deleted after publication: its page is now a soft 404
        entries.insert(2, (SOFT_404, "2026-10-22T09:00:00+07:00"))
    return entries


def gz_sitemap(request: Request, month: str, ctype: str) -> Response:
    data = urlset(base_url(request), month_entries(month)).encode("utf-8")
    return Response(200, gzip.compress(data, mtime=0), {"Content-Type": ctype})


PAGES = [
    ("/", "2026-11-25T00:05:00+07:00"),
    ("/gioi-thieu", "2026-08-15T10:00:00+07:00"),
    ("/lien-he", "2026-08-15T10:00:00+07:00"),
    ("/van-ban", "2026-11-19T16:00:00+07:00"),
]

BUNDLE_JS = (
    'import{c as e,r as t,o as n}from"./vendor-91c0de.js";'
    "const r=[{path:\"/\",component:()=>import(\"./Home-a13f.js\")},"
    "{path:\"/chuyen-muc/:slug\",component:()=>import(\"./Category-77be.js\")},"
    "{path:\"/:page\",component:()=>import(\"./Page-0c2d.js\")}];"
    'e(n).use(t(r)).mount("#app");\n'
)


class HeadlessSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == BUNDLE or (path.startswith("/assets/") and path.endswith(".js")):
            return Response(200, BUNDLE_JS, {"Content-Type": "application/javascript"})
        if path.startswith("/uploads/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if "." in path.rsplit("/", 1)[-1] and not path.endswith((".html", ".xml", ".gz", ".txt")):
            return static_file(path)
        if path == "/robots.txt":
            return robots(request)
        if path == "/sitemap_index.xml":
            return sitemap_index(request)
        if path == "/sitemaps/posts-2026-12.xml":
            return Response(200, urlset(base_url(request), []), {"Content-Type": XML})
        if path == "/sitemaps/posts-2026-11.xml.gz":
            return gz_sitemap(request, "2026-11", "application/gzip")
        if path == "/sitemaps/posts-2026-10.xml.gz":
            return gz_sitemap(request, "2026-10", "application/x-gzip")
        if path == "/sitemaps/pages.xml":
            return Response(200, urlset(base_url(request), PAGES), {"Content-Type": XML})
        if path in REDIRECTS:
            return Response(301, b"", {"Location": base_url(request) + REDIRECTS[path]})
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-(\d+)/?", path):
            story = BY_ID.get(int(m.group(2)))
            if story is None:
                return soft_404(request)
            if m.group(1) != story.slug or path.endswith("/"):
                return Response(301, b"", {"Location": base_url(request) + path_of(story)})
            return article_page(request, story)
        if path.startswith("/tin-tuc/"):
            return soft_404(request)
        if path.endswith((".html", ".xml", ".gz", ".txt")) or path.startswith("/api/"):
            return None
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path):
            name = CATEGORIES.get(m.group(1), "Chuyên mục")
            return shell(f"{name} | {SITE_TITLE}")
        # the history-mode router: every other path is the shell
        return shell(SHELL_TITLES.get(path, SITE_TITLE))


def build_site() -> HeadlessSite:
    return HeadlessSite()
